import { describe, expect, it } from 'vitest';
import { removeExpiredCaptures, retentionCutoff } from '@/capture/retention';
import { listCaptures, saveCapture } from '@/storage/captures';
import { setSetting } from '@/storage/settings';
import { captureRow } from './rows';

const now = new Date('2026-11-21T05:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('capture retention', () => {
  it('computes the cutoff as whole days before now', () => {
    expect(retentionCutoff(now, 30)).toBe('2026-10-22T05:00:00.000Z');
  });

  it('removes captures older than 30 days by default and keeps the rest, attached or not', async () => {
    await saveCapture(captureRow('old', daysAgo(31)));
    await saveCapture(captureRow('old-attached', daysAgo(45), { incidentId: 'inc-1' }));
    await saveCapture(captureRow('recent', daysAgo(29)));
    await saveCapture(captureRow('today', daysAgo(0)));
    expect(await removeExpiredCaptures(now)).toBe(2);
    expect((await listCaptures()).map((c) => c.id)).toEqual(['today', 'recent']);
  });

  it('follows the configured retention period', async () => {
    await setSetting('capture.retentionDays', 7);
    await saveCapture(captureRow('eight-days', daysAgo(8)));
    await saveCapture(captureRow('six-days', daysAgo(6)));
    await removeExpiredCaptures(now);
    expect((await listCaptures()).map((c) => c.id)).toEqual(['six-days']);
  });
});
