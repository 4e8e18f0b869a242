import { database } from './db';
import { getSetting } from './settings';
import type { HistoryRow, HistoryStatus } from './schema';

/** What was copied, filled or mailed, newest first; kept for the retention period (settings). */
export async function addHistory(entry: Omit<HistoryRow, 'id' | 'at'> & { at?: string }): Promise<number> {
  // history's key is auto-incremented: add always answers the new row's number.
  return (await database().history.add({ ...entry, at: entry.at ?? new Date().toISOString() })) as number;
}

export async function listHistory(limit = 200): Promise<HistoryRow[]> {
  return database().history.orderBy('at').reverse().limit(limit).toArray();
}

export async function deleteHistory(id: number): Promise<void> {
  await database().history.delete(id);
}

export async function clearHistory(): Promise<void> {
  await database().history.clear();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes history older than the retention setting; returns how many rows went. */
export async function removeExpiredHistory(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - (await getSetting('history.retentionDays')) * DAY_MS).toISOString();
  return database().history.where('at').below(cutoff).delete();
}

/** The user's answer to 「送信しましたか?」 for a fill or a mail. */
export async function answerSent(id: number, sent: boolean, now = new Date()): Promise<void> {
  const status: HistoryStatus = sent ? 'sent' : 'not-sent';
  await database().history.update(id, sent ? { status, sentAt: now.toISOString() } : { status });
}

/** The newest fill or mail of a draft (incident and form) still waiting for 「送信しましたか?」. */
export async function unansweredSend(incidentId: string, formId: string): Promise<HistoryRow | undefined> {
  const rows = await database().history.where('incidentId').equals(incidentId).sortBy('at');
  return rows.reverse().find((h) => h.formId === formId && h.status === 'unanswered');
}

/** Where each of an incident's tickets stands: sent (the user said so), or filled/mailed but not sent yet. */
export async function sendStatesOfIncident(incidentId: string): Promise<Map<string, 'sent' | 'filled' | 'mailed'>> {
  const states = new Map<string, 'sent' | 'filled' | 'mailed'>();
  for (const row of await database().history.where('incidentId').equals(incidentId).sortBy('at')) {
    if (states.get(row.formId) === 'sent' || row.action === 'copy') continue;
    states.set(row.formId, row.status === 'sent' ? 'sent' : row.action === 'fill' ? 'filled' : 'mailed');
  }
  return states;
}
