import { database } from './db';
import type { CaptureRow, DraftRow, IncidentRow } from './schema';
import { getSetting, setSetting } from './settings';

/**
 * A capture joins the current incident while that incident is this fresh (its start or its
 * newest capture); an older incident is a different problem, so the capture starts a new one.
 */
export const INCIDENT_JOIN_WINDOW_MS = 60 * 60 * 1000;

export type IncidentFacts = Pick<IncidentRow, 'occurredAt' | 'pageUrl' | 'title' | 'selectionText'>;

async function newIncident(facts: IncidentFacts, now: Date): Promise<IncidentRow> {
  const row: IncidentRow = { id: crypto.randomUUID(), startedAt: now.toISOString(), ...definedOnly(facts) };
  const db = await database();
  await db.incidents.add(row);
  await setSetting('incident.current', row.id);
  return row;
}

const definedOnly = <T extends object>(facts: T): Partial<T> =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/** 「新しい問い合わせ」: a new incident becomes current; the earlier ones keep their drafts. */
export function startIncident(facts: IncidentFacts = {}, now = new Date()): Promise<IncidentRow> {
  return newIncident(facts, now);
}

/** The incident the popup works on; the first popup ever starts one. */
export async function currentIncident(now = new Date()): Promise<IncidentRow> {
  const id = await getSetting('incident.current');
  const db = await database();
  const row = id ? await db.incidents.get(id) : undefined;
  return row ?? newIncident({}, now);
}

/** Makes an earlier incident current again (the popup's incident list). */
export async function resumeIncident(id: string): Promise<IncidentRow | undefined> {
  const db = await database();
  const row = await db.incidents.get(id);
  if (row) await setSetting('incident.current', id);
  return row;
}

/** Newest first. */
export async function listIncidents(): Promise<IncidentRow[]> {
  const db = await database();
  return db.incidents.orderBy('startedAt').reverse().toArray();
}

/** The incident's captures, oldest first. */
export async function capturesOfIncident(incidentId: string): Promise<CaptureRow[]> {
  const db = await database();
  return db.captures.where('incidentId').equals(incidentId).sortBy('createdAt');
}

export async function draftsOfIncident(incidentId: string): Promise<DraftRow[]> {
  const db = await database();
  return db.drafts.where('incidentId').equals(incidentId).reverse().sortBy('updatedAt');
}

/** What choosing a capture's incident needs from storage, read before the capture's moment is known. */
export interface IncidentSnapshot {
  current?: IncidentRow;
  /** When the newest capture of `current` in the join window was taken. */
  lastCaptureAt?: string;
}

/** A capture's incident, and whether the capture starts it (it is then new and becomes current). */
export interface IncidentChoice {
  incident: IncidentRow;
  started: boolean;
}

/**
 * Reads what incidentOfCapture needs for a capture taken at or after `notBefore`: only the
 * captures of the join window are read, newest first.
 */
export async function readIncidentSnapshot(notBefore: Date): Promise<IncidentSnapshot> {
  const db = await database();
  const since = notBefore.getTime() - INCIDENT_JOIN_WINDOW_MS;
  const id = await getSetting('incident.current');
  const current = id ? await db.incidents.get(id) : undefined;
  if (!current) return {};
  const newest = await db.captures
    .where('createdAt')
    .aboveOrEqual(new Date(since).toISOString())
    .reverse()
    .filter((c) => c.incidentId === current.id)
    .first();
  return { current, lastCaptureAt: newest?.createdAt };
}

/**
 * The incident a new capture belongs to: the current one while it is fresh (it then learns the
 * capture's moment, page and selected text if it had none), otherwise a new one started by it.
 */
export function incidentOfCapture(
  snapshot: IncidentSnapshot,
  capture: Pick<CaptureRow, 'createdAt' | 'pageUrl' | 'title' | 'selectionText'>,
): IncidentChoice {
  const at = Date.parse(capture.createdAt);
  const facts: IncidentFacts = {
    occurredAt: capture.createdAt,
    pageUrl: capture.pageUrl,
    title: capture.title,
    selectionText: capture.selectionText,
  };
  const { current, lastCaptureAt } = snapshot;
  const started = (): IncidentChoice => ({
    incident: { id: crypto.randomUUID(), startedAt: capture.createdAt, ...definedOnly(facts) },
    started: true,
  });
  if (!current) return started();
  const lastActive = Math.max(Date.parse(current.startedAt), lastCaptureAt ? Date.parse(lastCaptureAt) : -Infinity);
  if (at - lastActive > INCIDENT_JOIN_WINDOW_MS) return started();
  // Facts the incident already has (an earlier capture's, or what the user typed) stay.
  return { incident: { ...definedOnly(facts), ...definedOnly(current) } as IncidentRow, started: false };
}

/** Writes the chosen incident; inside a caller's transaction, it lands with the capture or not at all. */
export async function storeIncident({ incident, started }: IncidentChoice): Promise<void> {
  const db = await database();
  if (started) await Promise.all([db.incidents.add(incident), setSetting('incident.current', incident.id)]);
  else await db.incidents.put(incident);
}
