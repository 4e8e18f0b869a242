import { describe, expect, it } from 'vitest';
import { draftsFor } from '@/entrypoints/background/fill';
import { saveDraft } from '@/storage/drafts';
import { startIncident } from '@/storage/incidents';

const PENTIO_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';

describe('the in-page panel’s draft list', () => {
  it('offers the current incident’s draft only: the one a fill from the panel sends', async () => {
    const earlier = await startIncident({}, new Date('2026-12-01T01:00:00Z'));
    await saveDraft({
      formId: 'pentio-request',
      incidentId: earlier.id,
      values: { title: '先週の障害' },
      captureIds: [],
    });
    await saveDraft({ formId: 'iij-login-inquiry', incidentId: earlier.id, values: {}, captureIds: [] });
    const current = await startIncident({}, new Date('2026-12-05T01:00:00Z'));
    await saveDraft({
      formId: 'pentio-request',
      incidentId: current.id,
      values: { title: '今日の障害' },
      captureIds: [],
    });

    const offered = await draftsFor(PENTIO_PAGE);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({ formId: 'pentio-request' });
  });
});
