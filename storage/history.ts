import { database } from './db';
import { getSetting } from './settings';
import type { HistoryRow } from './schema';

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
