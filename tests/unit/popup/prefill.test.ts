import { describe, expect, it } from 'vitest';
import { refreshDefaults, suggestForm } from '@/entrypoints/popup/prefill';
import type { FormDefinition } from '@/schemas/form-definition';
import type { DraftRow } from '@/storage/schema';
import { testForm } from './test-form';

const form = (id: string, vendor: FormDefinition['vendor']) =>
  ({ ...testForm, id, vendor }) as unknown as FormDefinition;
const registry = [
  form('iij-login-inquiry', 'iij'),
  form('iij-other-inquiry', 'iij'),
  form('pentio-request', 'pentio'),
  form('fujitsu-empty-mail', 'fujitsu'),
];
const draft = (formId: string): DraftRow => ({
  id: formId,
  formId,
  incidentId: 'inc-1',
  values: {},
  captureIds: [],
  updatedAt: '2026-11-21T06:00:00Z',
});

describe('suggestForm', () => {
  it("suggests the form of the page's vendor", () => {
    expect(suggestForm(registry, 'https://support.onelogin.jp/hc/ja/requests/new', [])).toEqual({
      formId: 'pentio-request',
      forPage: true,
    });
    expect(suggestForm(registry, 'https://help.iij.ad.jp/', [])).toEqual({
      formId: 'iij-login-inquiry',
      forPage: true,
    });
  });

  it("prefers the vendor's form with the newest draft, and elsewhere the newest draft", () => {
    const drafts = [draft('fujitsu-empty-mail'), draft('iij-other-inquiry')];
    expect(suggestForm(registry, 'https://help.iij.ad.jp/', drafts).formId).toBe('iij-other-inquiry');
    expect(suggestForm(registry, 'https://127.0.0.1:8443/', drafts)).toEqual({
      formId: 'fujitsu-empty-mail',
      forPage: false,
    });
    expect(suggestForm(registry, 'chrome://newtab', [])).toEqual({ formId: 'iij-login-inquiry', forPage: false });
  });
});

describe('refreshDefaults', () => {
  const fields = testForm.fields;
  it('updates only fields still holding the previous prefill and not edited by the user', () => {
    const previous = { pageUrl: '', occurredAt: '2026-11-21T15:04', subject: '' };
    const next = { pageUrl: 'https://127.0.0.1/error', occurredAt: '2026-11-21T15:05', subject: '' };
    const values = { pageUrl: '', occurredAt: '2026-11-20T09:00', subject: '件名' };
    expect(refreshDefaults(fields, values, previous, next, new Set())).toEqual({
      pageUrl: 'https://127.0.0.1/error',
      occurredAt: '2026-11-20T09:00',
      subject: '件名',
    });
    expect(refreshDefaults(fields, values, previous, next, new Set(['pageUrl']))).toBe(values);
  });

  it('reaches nested paths', () => {
    const result = refreshDefaults(
      fields,
      { details: { body: '', since: '2026-11-01' } },
      { details: { body: '' } },
      { details: { body: 'エラー' } },
      new Set(),
    );
    expect(result).toEqual({ details: { body: 'エラー', since: '2026-11-01' } });
  });
});
