import { describe, expect, it } from 'vitest';
import { planForStoredDraft, preparePlan } from '@/channels/prepare-plan';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { pentioRequest } from '@/schemas/forms/pentio-request';
import { database } from '@/storage/db';
import { saveDraft } from '@/storage/drafts';
import { currentIncident } from '@/storage/incidents';

/** A 1×1 PNG's bytes. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function storeCapture(id: string) {
  const image = new Blob([Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0))], { type: 'image/png' });
  await (
    await database()
  ).captures.put({
    id,
    createdAt: new Date().toISOString(),
    pageUrl: 'https://example.jp/',
    title: 'エラー画面',
    image,
    mimeType: 'image/png',
    width: 1,
    height: 1,
    bytes: image.size,
    stamped: false,
    redacted: false,
  });
}

const pentioValues = { ...pentioRequest.example, attachments: [] as string[] };

describe('the plan the popup and the in-page panel send (channels/prepare-plan.ts)', () => {
  it('renders a valid Pentio draft into the Zendesk plan: subject, the vendor text, CC, no files', async () => {
    const answer = await preparePlan(pentioRequest, pentioValues);
    expect(answer.kind).toBe('plan');
    if (answer.kind !== 'plan' || answer.plan.adapter !== 'zendesk') throw new Error('expected a Zendesk plan');
    const rendered = pentioRequest.render(pentioRequest.schema.parse(pentioValues));
    expect(answer.plan.subject).toBe(pentioValues.title);
    expect(answer.plan.description).toBe(rendered.body);
    expect(answer.plan.cc).toEqual(['taro.yamada@example.jp']);
    expect(answer.plan.files).toEqual([]);
  });

  it('gives the form’s errors, in Japanese, for a draft that does not validate — and no plan', async () => {
    const answer = await preparePlan(pentioRequest, { ...pentioValues, title: '' });
    expect(answer.kind).toBe('invalid');
    expect(answer).not.toHaveProperty('plan');
    if (answer.kind === 'invalid') expect(answer.errors.join('\n')).toMatch(/タイトル/);
  });

  // The files themselves (names, bytes) are checked where they land: tests/e2e/fill-*.e2e.ts uploads.
  it('refuses a draft whose capture is gone rather than half-fill a text that announces it', async () => {
    await storeCapture('cap-1');
    const gone = await preparePlan(pentioRequest, { ...pentioValues, attachments: ['cap-1', 'cap-deleted'] });
    expect(gone).toEqual({
      kind: 'invalid',
      errors: [expect.stringContaining('添付するスクリーンショット1件が見つかりません')],
    });
  });

  it('leaves the page’s remembered fields to the background: an IIJ plan carries none of its own', async () => {
    const values = { ...iijLoginInquiry.example, screenshots: { pageUrl: '', attachments: [] } };
    const answer = await preparePlan(iijLoginInquiry, values);
    if (answer.kind !== 'plan' || answer.plan.adapter !== 'iij') throw new Error('expected an IIJ plan');
    expect(answer.plan.rememberedFields).toEqual({});
    expect(answer.plan.body).toBe(iijLoginInquiry.render(iijLoginInquiry.schema.parse(values)).body);
  });

  it('the panel’s fill: the current incident’s stored draft of the form clicked', async () => {
    const incident = await currentIncident();
    await saveDraft({ formId: pentioRequest.id, incidentId: incident.id, values: pentioValues, captureIds: [] });
    const answer = await planForStoredDraft(pentioRequest.id);
    expect(answer.kind === 'plan' && answer.plan.subject).toBe(pentioValues.title);
    await expect(planForStoredDraft(iijLoginInquiry.id)).rejects.toThrow('このフォームの下書きがありません。');
    await expect(planForStoredDraft('no-such-form')).rejects.toThrow('不明なフォームです。');
  });
});
