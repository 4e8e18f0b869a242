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

/**
 * The incident a new capture belongs to: the current one while it is fresh (it then learns the
 * capture's moment, page and selected text if it had none), otherwise a new one started by it.
 */
export async function incidentForCapture(
  capture: Pick<CaptureRow, 'createdAt' | 'pageUrl' | 'title' | 'selectionText'>,
): Promise<IncidentRow> {
  const db = await database();
  const at = new Date(capture.createdAt);
  const facts: IncidentFacts = {
    occurredAt: capture.createdAt,
    pageUrl: capture.pageUrl,
    title: capture.title,
    selectionText: capture.selectionText,
  };
  const id = await getSetting('incident.current');
  const current = id ? await db.incidents.get(id) : undefined;
  if (!current) return newIncident(facts, at);
  const taken = await capturesOfIncident(current.id);
  const lastActive = Math.max(Date.parse(current.startedAt), ...taken.map((c) => Date.parse(c.createdAt)));
  if (at.getTime() - lastActive > INCIDENT_JOIN_WINDOW_MS) return newIncident(facts, at);
  // Facts the incident already has (an earlier capture's, or what the user typed) stay.
  const learned = { ...definedOnly(facts), ...definedOnly(current) } as IncidentRow;
  await db.incidents.put(learned);
  return learned;
}
