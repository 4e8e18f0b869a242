import { say, text } from '@/schemas/i18n';
import type { CaptureSummary } from '@/schemas/capture';
import { database } from './db';
import { storeIncident, type IncidentChoice } from './incidents';
import type { CaptureRow } from './schema';

/** Repository over the `captures` table. Every write is one operation: it lands whole or not at all. */

/** A write that failed; its message is for the user, earlier captures are untouched. */
export class CaptureStorageError extends Error {}

function storageError(error: unknown): CaptureStorageError {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new CaptureStorageError(
      say(
        text(
          '保存容量が足りないため、キャプチャを保存できませんでした。古いキャプチャを削除してから、もう一度お試しください。これまでのキャプチャはそのまま残っています。',
          'There is not enough storage to save the capture. Delete old captures and try again. Your earlier captures are intact.',
        ),
      ),
    );
  }
  return new CaptureStorageError(
    say(
      text(
        'キャプチャを保存できませんでした。もう一度お試しください。これまでのキャプチャはそのまま残っています。',
        'The capture could not be saved. Please try again. Your earlier captures are intact.',
      ),
    ),
  );
}

async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw storageError(error);
  }
}

export function summarize(row: CaptureRow): CaptureSummary {
  const { image: _image, environment: _environment, ...summary } = row;
  return summary;
}

/**
 * Stores a new capture; with `incident` (its chosen incident, storage/incidents.ts) both in one
 * transaction, so the incident changes only if the capture is stored.
 */
export async function saveCapture(row: CaptureRow, incident?: IncidentChoice): Promise<void> {
  const db = await database();
  await guarded(async () => {
    if (!incident) return void (await db.captures.add(row));
    await db.transaction('rw', [db.settings, db.incidents, db.captures], () =>
      Promise.all([storeIncident(incident), db.captures.add({ ...row, incidentId: incident.incident.id })]),
    );
  });
}

/** Newest first. */
export async function listCaptures(): Promise<CaptureRow[]> {
  const db = await database();
  return db.captures.orderBy('createdAt').reverse().toArray();
}

export async function deleteCapture(id: string): Promise<void> {
  const db = await database();
  await db.captures.delete(id);
}

export async function deleteAllCaptures(): Promise<void> {
  const db = await database();
  await db.captures.clear();
}

/** Replaces the image (after redaction); the original pixels are gone. */
export async function replaceCaptureImage(
  id: string,
  image: Pick<CaptureRow, 'image' | 'mimeType' | 'width' | 'height' | 'bytes' | 'redacted'>,
): Promise<void> {
  const db = await database();
  await guarded(() => db.captures.update(id, image));
}

/** Captures shown on the toolbar badge: on no draft yet. */
export async function countUnattached(): Promise<number> {
  const db = await database();
  const [ids, drafts] = await Promise.all([db.captures.toCollection().primaryKeys(), db.drafts.toArray()]);
  const attached = new Set(drafts.flatMap((d) => d.captureIds));
  return ids.filter((id) => !attached.has(id)).length;
}

/** Removes captures taken before `cutoff` (an ISO instant); returns how many. */
export async function deleteCapturesOlderThan(cutoff: string): Promise<number> {
  const db = await database();
  return db.captures.where('createdAt').below(cutoff).delete();
}

/**
 * Keeps the unredacted original and adds the redacted copy in its place: the copy takes the
 * original's place on every draft that sends it, the original stays in the gallery. One transaction.
 */
export async function addRedactedCopy(
  original: CaptureRow,
  image: Pick<CaptureRow, 'image' | 'mimeType' | 'width' | 'height' | 'bytes'>,
): Promise<CaptureRow> {
  const copy: CaptureRow = { ...original, ...image, id: crypto.randomUUID(), redacted: true };
  const db = await database();
  await guarded(() =>
    db.transaction('rw', db.captures, db.drafts, async () => {
      await db.captures.add(copy);
      await db.drafts
        .filter((d) => d.captureIds.includes(original.id))
        .modify((d) => {
          d.captureIds = d.captureIds.map((id) => (id === original.id ? copy.id : id));
          d.detachedCaptureIds = [...(d.detachedCaptureIds ?? []), original.id];
        });
    }),
  );
  return copy;
}
