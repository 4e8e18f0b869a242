import { database } from './db';
import type { HistoryRow } from './schema';

/** What was copied, filled or mailed, newest first; kept until the user deletes it. */
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
