import type { SsoEvent } from '@/sso-trace/types';
import { database } from './db';
import type { SsoTraceRow } from './schema';

/** Repository over the `ssoTraces` table: recordings of SSO sign-ins, newest first. */

export async function createTrace(row: SsoTraceRow): Promise<void> {
  const db = await database();
  await db.ssoTraces.add(row);
}

/** Appends one event, or updates the event of the same request (status and timing arrive later). */
export async function putTraceEvent(traceId: string, event: SsoEvent): Promise<void> {
  const db = await database();
  await db.transaction('rw', db.ssoTraces, async () => {
    const row = await db.ssoTraces.get(traceId);
    if (!row) return;
    const index = row.events.findIndex((e) => e.requestId === event.requestId && e.endpoint === event.endpoint);
    const events = [...row.events];
    if (index >= 0) events[index] = { ...events[index], ...event };
    else events.push(event);
    await db.ssoTraces.update(traceId, { events });
  });
}

/** Status and timing of a request already kept; requests not kept are ignored. */
export async function completeTraceEvent(
  traceId: string,
  requestId: string,
  result: Pick<SsoEvent, 'statusCode' | 'durationMs' | 'failed'>,
): Promise<void> {
  const db = await database();
  await db.transaction('rw', db.ssoTraces, async () => {
    const row = await db.ssoTraces.get(traceId);
    const index = row?.events.findLastIndex((e) => e.requestId === requestId) ?? -1;
    if (!row || index < 0) return;
    const events = [...row.events];
    const event = events[index]!;
    const known = Object.entries(result).filter(([, value]) => value !== undefined);
    events[index] = { ...event, ...Object.fromEntries(known) };
    await db.ssoTraces.update(traceId, { events });
  });
}

export async function finishTrace(traceId: string, stoppedAt: string): Promise<void> {
  const db = await database();
  await db.ssoTraces.update(traceId, { stoppedAt });
}

export async function listTraces(): Promise<SsoTraceRow[]> {
  const db = await database();
  return db.ssoTraces.orderBy('startedAt').reverse().toArray();
}

export async function getTrace(id: string): Promise<SsoTraceRow | undefined> {
  const db = await database();
  return db.ssoTraces.get(id);
}

export async function deleteTrace(id: string): Promise<void> {
  const db = await database();
  await db.ssoTraces.delete(id);
}
