import { browser } from 'wxt/browser';
import { removeExpiredHistory } from '@/storage/history';

const HISTORY_RETENTION_ALARM = 'history-retention';

/** History (sent texts with page URLs and IDs) is pruned at start-up and once a day. */
export function startHistoryRetention(): void {
  void removeExpiredHistory();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HISTORY_RETENTION_ALARM) void removeExpiredHistory();
  });
  void browser.alarms.get(HISTORY_RETENTION_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(HISTORY_RETENTION_ALARM, { periodInMinutes: 24 * 60 });
  });
}
