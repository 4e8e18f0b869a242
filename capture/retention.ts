import { getSetting } from '@/storage/settings';
import { deleteCapturesOlderThan } from '@/storage/captures';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which captures are removed. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Removes captures older than the retention setting; returns how many were removed. */
export async function removeExpiredCaptures(now = new Date()): Promise<number> {
  return deleteCapturesOlderThan(retentionCutoff(now, await getSetting('capture.retentionDays')));
}
