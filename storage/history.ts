import { database } from './db';
import { getSetting } from './settings';
import type { HistoryRow, HistoryStatus } from './schema';

/** What was copied, filled or mailed, newest first; kept for the retention period (settings). */
export async function addHistory(entry: Omit<HistoryRow, 'id' | 'at'> & { at?: string }): Promise<number> {
  // history's key is auto-incremented: add always answers the new row's number.
  const db = await database();
  return (await db.history.add({ ...entry, at: entry.at ?? new Date().toISOString() })) as number;
}

export async function listHistory(limit = 200): Promise<HistoryRow[]> {
  const db = await database();
  return db.history.orderBy('at').reverse().limit(limit).toArray();
}

export async function deleteHistory(id: number): Promise<void> {
  const db = await database();
  await db.history.delete(id);
}

export async function clearHistory(): Promise<void> {
  const db = await database();
  await db.history.clear();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes history older than the retention setting; returns how many rows went. */
export async function removeExpiredHistory(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - (await getSetting('history.retentionDays')) * DAY_MS).toISOString();
  const db = await database();
  return db.history.where('at').below(cutoff).delete();
}

/** The user's answer to 「送信しましたか?」 for a fill or a mail. */
export async function answerSent(id: number, sent: boolean, now = new Date()): Promise<void> {
  const status: HistoryStatus = sent ? 'sent' : 'not-sent';
  const db = await database();
  await db.history.update(id, sent ? { status, sentAt: now.toISOString() } : { status });
}

/** The newest fill or mail of a draft (incident and form) still waiting for 「送信しましたか?」. */
export async function unansweredSend(incidentId: string, formId: string): Promise<HistoryRow | undefined> {
  const db = await database();
  const rows = await db.history.where('incidentId').equals(incidentId).sortBy('at');
  return rows.reverse().find((h) => h.formId === formId && h.status === 'unanswered');
}

/** Where each of an incident's tickets stands: sent (the user said so), or filled/mailed but not sent yet. */
export async function sendStatesOfIncident(incidentId: string): Promise<Map<string, 'sent' | 'filled' | 'mailed'>> {
  const states = new Map<string, 'sent' | 'filled' | 'mailed'>();
  const db = await database();
  for (const row of await db.history.where('incidentId').equals(incidentId).sortBy('at')) {
    if (states.get(row.formId) === 'sent' || row.action === 'copy') continue;
    states.set(row.formId, row.status === 'sent' ? 'sent' : row.action === 'fill' ? 'filled' : 'mailed');
  }
  return states;
}
