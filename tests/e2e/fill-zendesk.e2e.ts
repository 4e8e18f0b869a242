import type { Page } from './page';
import { describe, expect, it } from 'vitest';
import { seedDraft, startFill, vendorFillSession } from './fill-session';
import { panelFrame } from './helpers';
import { pentioRequest } from '../../schemas/forms/pentio-request';

// The shipped build against https://support.onelogin.jp (mapped to the fixture server), as in production.
const REQUEST_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
const HOSTILE = '<img src=x onerror=alert(1)>';
const FORM_ID = 'pentio-request';

// Option values of the fixture help center's own lists (tests/fixtures/zendesk-form/help-centers.ts):
// the category is a nested option (アプリ連携 › SAML) the extension never shipped.
const values = {
  ...pentioRequest.example,
  category: 'ol_app_saml',
  cc: ['taro.yamada@example.jp', 'support-team@example.co.jp'],
  trouble: {
    ...pentioRequest.example.trouble,
    symptom: `Boxを開くと「SAML Response が無効です」と表示されます。\n証明書の更新後から発生しています。\n\n画面の文言: ${HOSTILE} & "引用"`,
  },
  attachments: ['cap-1', 'cap-2'],
};
const rendered = pentioRequest.render(pentioRequest.schema.parse(values));

/** CKEditor's HTML for pasted plain text: a blank line starts a paragraph, a newline is <br>. */
function pastedHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\n+/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const vendorSession = vendorFillSession({ formId: FORM_ID, values, captureIds: ['cap-1', 'cap-2'] });

/** Opens the request page and waits for React, CKEditor and our in-page button. */
async function open(query = ''): Promise<Page> {
  await vendorSession.vendor.goto(`${REQUEST_PAGE}${query}`);
  await vendorSession.vendor.locator('[data-support-ticket-helper=panel]').waitFor({ state: 'attached' });
  return vendorSession.vendor;
}

const fill = () => startFill(vendorSession.extensionPage, `${REQUEST_PAGE}*`, FORM_ID);
const statuses = (report: { fields: { label: string; status: string }[] }) =>
  report.fields.map((f) => `${f.label}=${f.status}`);

async function submit(page: Page) {
  // The extension never submits: nothing reached the help center before the user (here, the test) pressed 送信.
  expect(vendorSession.server.submissions).toEqual([]);
  await page.locator('button[type=submit]').click();
  await page.getByText('リクエストを送信しました').waitFor();
  // The page may show its notice before the server has read the whole multipart body.
  const requests = () => vendorSession.server.submissions.filter((s) => s.path === '/hc/ja/requests');
  await expect.poll(() => requests().length).toBe(1);
  const submission = requests()[0]!;
  expect(submission.rejected).toEqual([]);
  return {
    submission,
    field: (name: string) => submission.fields.find(([n]) => n === name)?.[1],
    all: (name: string) => submission.fields.filter(([n]) => n === name).map(([, v]) => v),
  };
}

describe('Pentio (Zendesk request form): fill from a saved draft (real browser)', () => {
  it('fills CC, category, priority, subject, CKEditor description and attachments; the submit sends exactly that', async () => {
    const page = await open();
    // The trap is in place: the form's first file input is CKEditor's image button, not the dropzone's.
    expect(await page.evaluate(() => !!document.querySelector('form input[type=file]')?.closest('.ck-editor'))).toBe(
      true,
    );
    const reply = await fill();
    expect(reply.ok).toBe(true);
    expect(reply.value.report.complete).toBe(true);
    expect(statuses(reply.value.report)).toEqual([
      '件名=filled',
      'お問い合わせカテゴリ=filled',
      '優先度=filled',
      'CC taro.yamada@example.jp=filled',
      'CC support-team@example.co.jp=filled',
      '詳細=filled',
      '添付ファイル screenshot-1.png=filled',
      '添付ファイル screenshot-2.png=filled',
    ]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss)).toBeUndefined();

    const { field, all } = await submit(page);
    expect(field('request[subject]')).toBe(values.title);
    expect(field('request[description_mimetype]')).toBe('text/html');
    expect(field('request[description]')).toBe(pastedHtml(rendered.body));
    expect(field('request[description]')).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "引用"');
    expect(field('request[priority]')).toBe('high');
    expect(field('request[custom_fields][360010]')).toBe('ol_app_saml');
    expect(field('request[custom_fields][360020]')).toBe('');
    expect(field('request[ticket_form_id]')).toBe('360001');
    expect(all('request[collaborators][]')).toEqual(['taro.yamada@example.jp', 'support-team@example.co.jp']);
    expect(all('request[attachments][]')).toEqual(['tok-1', 'tok-2']);
    expect(vendorSession.server.uploads.map((u) => [u.name, u.type])).toEqual([
      ['screenshot-1.png', 'image/png'],
      ['screenshot-2.png', 'image/png'],
    ]);
  });

  it('fills the plain-textarea variant with the text as typed', async () => {
    const page = await open('?wysiwyg=0');
    const reply = await fill();
    expect(reply.value.report.complete).toBe(true);
    const { field } = await submit(page);
    expect(field('request[description_mimetype]')).toBe('text/plain');
    expect(field('request[description]')!.replace(/\r\n/g, '\n')).toBe(rendered.body);
  });

  it('lists this vendor’s drafts in the in-page button and fills from there', async () => {
    const page = await open();
    const panel = await panelFrame(page);
    await panel.getByRole('button', { name: '下書きから入力' }).click();
    await panel.getByRole('button', { name: new RegExp(pentioRequest.title.ja.replace(/[()]/g, '\\$&')) }).click();
    await panel.getByText('すべての項目を入力し、読み返して確認しました').waitFor();
    expect(await page.locator('input[name="request[subject]"]').inputValue()).toBe(values.title);
  });

  it('stops on another ticket form and says so, changing nothing', async () => {
    const page = await open('?ticket_form_id=360002');
    const reply = await fill();
    expect(reply.value.report).toEqual({
      complete: false,
      fields: [
        {
          label: 'チケットフォーム',
          status: 'differs',
          required: true,
          expected: '技術サポートリクエスト',
          actual: 'ライセンス・契約のお問い合わせ',
        },
      ],
    });
    expect(await page.locator('input[name="request[subject]"]').inputValue()).toBe('');
  });

  it('on a page without the request fields: reports them not found and fills nothing', async () => {
    const page = await open('?variant=bare');
    const reply = await fill();
    expect(reply.value.report.complete).toBe(false);
    expect(statuses(reply.value.report)).toEqual([
      '件名=not-found',
      '詳細=not-found',
      'お問い合わせカテゴリ=not-found',
    ]);
    expect(await page.locator('input[name="request[anonymous_requester_name]"]').inputValue()).toBe('');
  });

  it('picks the connector option by the page’s own label and value when the inquiry asks for a connector', async () => {
    const page = await open();
    await seedDraft(vendorSession.extensionPage, {
      formId: FORM_ID,
      values: { ...values, category: 'ol_misc', connectorInquiry: true, connectorRequest: 'conn_paid' },
      captureIds: ['cap-1', 'cap-2'],
    });
    const reply = await fill();
    expect(statuses(reply.value.report)).toContain('コネクタ追加リクエスト=filled');
    const { field } = await submit(page);
    expect(field('request[custom_fields][360010]')).toBe('ol_misc');
    expect(field('request[custom_fields][360020]')).toBe('conn_paid');
    await seedDraft(vendorSession.extensionPage, { formId: FORM_ID, values, captureIds: ['cap-1', 'cap-2'] });
  });

  it('refuses a draft that does not validate, with the form’s errors', async () => {
    await open();
    await seedDraft(vendorSession.extensionPage, { formId: FORM_ID, values: { ...values, title: '' }, captureIds: [] });
    const reply = await fill();
    expect(reply.value.kind).toBe('invalid');
    // In the browser's UI language, as the popup shows it.
    expect(reply.value.errors.join('\n')).toMatch(/タイトル|Title/);
  });

  it('reports a category the page does not offer, and Zendesk refuses the submit: no ✓ for it', async () => {
    const page = await open();
    await seedDraft(vendorSession.extensionPage, {
      formId: FORM_ID,
      values: { ...values, category: 'sso' }, // a value from a list the extension once invented
      captureIds: ['cap-1', 'cap-2'],
    });
    const reply = await fill();
    const category = reply.value.report.fields.find((f: { label: string }) => f.label === 'お問い合わせカテゴリ');
    expect(category).toMatchObject({ status: 'differs', note: expect.stringContaining('ページの選択肢に') });
    expect(reply.value.report.complete).toBe(false);
    await page.locator('button[type=submit]').click();
    await page.getByRole('alert').getByText('お問い合わせカテゴリ：空欄にはできません').waitFor();
    await seedDraft(vendorSession.extensionPage, { formId: FORM_ID, values, captureIds: ['cap-1', 'cap-2'] });
  });

  it('a field the page does not show (conditional) is reported as missing and the others still fill', async () => {
    const page = await open('?hidden_fields=3');
    const reply = await fill();
    const priority = reply.value.report.fields.find((f: { label: string }) => f.label === '優先度');
    expect(priority).toMatchObject({ status: 'not-found', required: false });
    expect(priority.note).toContain('このページには「優先度」がありません');
    expect(priority.note).toContain('お問い合わせカテゴリ');
    expect(statuses(reply.value.report).filter((s) => !s.startsWith('優先度'))).toEqual([
      '件名=filled',
      'お問い合わせカテゴリ=filled',
      'CC taro.yamada@example.jp=filled',
      'CC support-team@example.co.jp=filled',
      '詳細=filled',
      '添付ファイル screenshot-1.png=filled',
      '添付ファイル screenshot-2.png=filled',
    ]);
    const { field } = await submit(page);
    expect(field('request[priority]')).toBeUndefined();
    expect(field('request[custom_fields][360010]')).toBe('ol_app_saml');
  });

  it('a missing required field stops the fill with that reason, touching nothing', async () => {
    const page = await open('?hidden_fields=360010');
    const reply = await fill();
    expect(statuses(reply.value.report)).toEqual(['お問い合わせカテゴリ=not-found']);
    expect(reply.value.report.fields[0].note).toContain('このページには「お問い合わせカテゴリ」がありません');
    expect(await page.locator('input[name="request[subject]"]').inputValue()).toBe('');
  });

  it('never types raw text into a description the page submits as HTML when its editor does not start', async () => {
    const page = await open('?editor=broken');
    const reply = await fill();
    const description = reply.value.report.fields.find((f: { label: string }) => f.label === '詳細');
    expect(description).toMatchObject({
      status: 'not-found',
      note: expect.stringContaining('エディタが起動しませんでした'),
    });
    expect(reply.value.report.complete).toBe(false);
    expect(await page.locator('textarea[name="request[description]"]').inputValue()).toBe('');
  });
});
