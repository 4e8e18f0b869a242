import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/entrypoints/background/router';
import { registerZendeskForms } from '@/entrypoints/background/zendesk-forms';
import { database } from '@/storage/db';

const form = {
  ticketForm: { id: '360001', name: '技術サポートリクエスト' },
  fields: [
    {
      name: 'request[custom_fields][1]',
      label: 'お問い合わせカテゴリ',
      kind: 'tagger',
      required: true,
      description: '',
      options: [{ label: 'その他', value: 'misc', path: ['その他'] }],
    },
  ],
};
const contentScript = (url: string) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: 7 } as never });

describe('zendesk/form-learned: a request page describes its form', () => {
  it('keeps it under the sender tab’s origin and ticket form, with when it was learned', async () => {
    registerZendeskForms();
    const reply = await dispatch(
      { type: 'zendesk/form-learned', form },
      contentScript('https://support.onelogin.jp/hc/ja/requests/new'),
    );
    expect(reply).toEqual({ ok: true, value: true });
    const rows = await (await database()).zendeskForms.toArray();
    expect(rows).toEqual([
      { origin: 'https://support.onelogin.jp', ticketFormId: '360001', form, learnedAt: expect.any(String) },
    ]);
  });

  it('keeps nothing from pages the Zendesk channel does not fill', async () => {
    registerZendeskForms();
    for (const url of ['https://evil.example/hc/ja/requests/new', 'https://support.onelogin.jp/hc/ja/articles/1']) {
      expect(await dispatch({ type: 'zendesk/form-learned', form }, contentScript(url))).toEqual({
        ok: true,
        value: false,
      });
    }
    expect(await (await database()).zendeskForms.count()).toBe(0);
  });
});
