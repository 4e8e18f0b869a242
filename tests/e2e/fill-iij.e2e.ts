import type { Page } from './page';
import { describe, expect, it } from 'vitest';
import { seedDraft, startFill, vendorFillSession } from './fill-session';
import { deleteRow, panelFrame, readStore } from './helpers';
import type { PageFieldRow } from '../../storage/schema';
import { iijLoginInquiry } from '../../schemas/forms/iij-login-inquiry';

// The shipped build against https://help.iij.ad.jp (mapped to the fixture server), as in production.
const INPUT_PAGE = 'https://help.iij.ad.jp/inquiry/input';
const UNLABELED_PAGE = 'https://help.iij.ad.jp/inquiry/input-unlabeled';
/** Look-alikes with markup nobody here chose (tests/fixtures/sites/help.iij.ad.jp/inquiry/). */
const LOOK_ALIKE = (name: string) => `https://help.iij.ad.jp/inquiry/${name}`;
const HOSTILE = '<img src=x onerror=alert(1)>';
const FORM_ID = 'iij-login-inquiry';

const values = {
  ...iijLoginInquiry.example,
  subject: 'Microsoft 365 に SSO できない',
  description: `AADSTS50107 が表示されます。\n再現手順は下記のとおりです。\n\n${HOSTILE} & "引用"`,
  screenshots: { pageUrl: 'https://login.microsoftonline.com/', attachments: ['cap-1', 'cap-2'] },
};
const rendered = iijLoginInquiry.render(iijLoginInquiry.schema.parse(values));
const bodyWithAttachments = `${rendered.body.replace(/\n+$/, '')}\n\n添付ファイル:■有・□無`;

const vendorSession = vendorFillSession({ formId: FORM_ID, values, captureIds: ['cap-1', 'cap-2'] });

async function open(url: string): Promise<Page> {
  await vendorSession.vendor.goto(url);
  await vendorSession.vendor.locator('[data-support-ticket-helper=panel]').waitFor({ state: 'attached' });
  return vendorSession.vendor;
}

describe('IIJ Service Online: fill from a saved draft (real browser)', () => {
  it('fills 件名 and 本文 (replacing the template), marks ■有, attaches the captures, and that is what a submit sends', async () => {
    const page = await open(INPUT_PAGE);
    const reply = await startFill(vendorSession.extensionPage, `${INPUT_PAGE}*`, FORM_ID);
    expect(reply.ok).toBe(true);
    expect(reply.value.kind).toBe('report');
    expect(reply.value.report.complete).toBe(true);
    expect(reply.value.report.fields.map((f: { label: string; status: string }) => `${f.label}=${f.status}`)).toEqual([
      '件名=filled',
      '本文=filled',
      '添付ファイル screenshot-1.png=filled',
      '添付ファイル screenshot-2.png=filled',
    ]);
    expect(reply.value.clipboard).toBe(rendered.body);

    // The extension never submits: nothing reached IIJ before the user (here, the test) pressed 確認.
    expect(vendorSession.server.submissions).toEqual([]);
    await page.locator('button[type=submit]').click();
    await page.getByText('送信しました').waitFor();
    const [submission] = vendorSession.server.submissions;
    const field = (name: string) => submission!.fields.find(([n]) => n === name)?.[1];
    expect(submission!.path).toBe('/inquiry/confirm');
    expect(field('inquiryTitle')).toBe('Microsoft 365 に SSO できない');
    expect(field('inquiryBody')!.replace(/\r\n/g, '\n')).toBe(bodyWithAttachments);
    expect(field('inquiryBody')).toContain(`${HOSTILE} & "引用"`);
    expect(field('memo')).toBe('');
    expect(submission!.files.map((f) => [f.field, f.name, f.type])).toEqual([
      ['attachFile1', 'screenshot-1.png', 'image/png'],
      ['attachFile2', 'screenshot-2.png', 'image/png'],
    ]);
  });

  it('keeps hostile text as text: nothing in the page runs it', async () => {
    const page = await open(INPUT_PAGE);
    await startFill(vendorSession.extensionPage, `${INPUT_PAGE}*`, FORM_ID);
    expect(await page.locator('#inquiryBody').inputValue()).toContain(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('asks before replacing text the user typed, then replaces it when told to', async () => {
    const page = await open(INPUT_PAGE);
    await page.locator('#inquiryBody').fill('自分で書きかけた文章');
    const first = await startFill(vendorSession.extensionPage, `${INPUT_PAGE}*`, FORM_ID);
    expect(first.value).toEqual({ kind: 'confirm-overwrite', field: '本文' });
    expect(await page.locator('#inquiryBody').inputValue()).toBe('自分で書きかけた文章');
    expect(await page.locator('#inquiryTitle').inputValue()).toBe('');
    const second = await startFill(vendorSession.extensionPage, `${INPUT_PAGE}*`, FORM_ID, true);
    expect(second.value.report.complete).toBe(true);
    expect((await page.locator('#inquiryBody').inputValue()).replace(/\r\n/g, '\n')).toBe(bodyWithAttachments);
  });

  it('lists this vendor’s drafts in the in-page button and fills from there', async () => {
    const page = await open(INPUT_PAGE);
    const panel = await panelFrame(page);
    await panel.getByRole('button', { name: '下書きから入力' }).click();
    await panel.getByRole('button', { name: /IIJ IDサービス お問い合わせ\(ログインに関する事象\)/ }).click();
    await panel.getByText('すべての項目を入力し、読み返して確認しました').waitFor();
    expect((await page.locator('#inquiryBody').inputValue()).replace(/\r\n/g, '\n')).toBe(bodyWithAttachments);
  });

  it('on a page whose body cannot be found: reports not found, fills nothing, then fills the field the user clicks and remembers it', async () => {
    const page = await open(UNLABELED_PAGE);
    const reply = await startFill(vendorSession.extensionPage, `${UNLABELED_PAGE}*`, FORM_ID);
    expect(reply.value.report.complete).toBe(false);
    expect(reply.value.report.fields).toEqual([
      { label: '本文', status: 'not-found', required: true, expected: rendered.body },
    ]);
    expect(reply.value.notice).toContain('本文の欄が見つかりません');
    expect(
      await page.locator('textarea').evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value)),
    ).toEqual(['', '']);

    // The banner asking for a click is in a closed shadow root: the page sees only its host.
    await page.locator('[data-support-ticket-helper=pick-field]').waitFor({ state: 'attached' });
    // A script's click, on the field or on an off-screen field it made, chooses nothing.
    await page.evaluate(() => {
      const decoy = document.createElement('textarea');
      decoy.id = 'decoy';
      decoy.style.cssText = 'position:absolute;left:-9999px;top:0';
      document.body.append(decoy);
      decoy.click();
      decoy.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.querySelector<HTMLTextAreaElement>('textarea[name=f02]')!.click();
    });
    expect(await page.locator('#decoy').inputValue()).toBe('');
    expect(await page.locator('textarea[name=f02]').inputValue()).toBe('');
    expect(await readStore<PageFieldRow>(vendorSession.extensionPage, 'pageFields')).toEqual([]);
    await page.locator('textarea[name=f02]').click();
    await expect
      .poll(() => readStore<PageFieldRow>(vendorSession.extensionPage, 'pageFields'))
      .toEqual([expect.objectContaining({ page: UNLABELED_PAGE, field: 'body', selector: 'textarea[name="f02"]' })]);
    expect(await page.locator('textarea[name=f02]').inputValue()).toContain('AADSTS50107');
    expect(await page.locator('textarea[name=f01]').inputValue()).toBe('');
  });

  it('refuses a draft whose screenshot was deleted, and leaves the page as it was', async () => {
    const page = await open(INPUT_PAGE);
    const template = await page.locator('textarea').first().inputValue();
    // The text still announces two attachments; only one capture is left in the database.
    await seedDraft(vendorSession.extensionPage, { formId: FORM_ID, values, captureIds: ['cap-1'] });
    await deleteRow(vendorSession.extensionPage, 'captures', 'cap-2');
    const reply = await startFill(vendorSession.extensionPage, `${INPUT_PAGE}*`, FORM_ID);
    expect(reply.value.kind).toBe('invalid');
    expect(reply.value.errors.join('\n')).toMatch(
      /スクリーンショット1件が見つかりません|1 attached screenshot\(s\) no longer exist/,
    );
    expect(await page.locator('textarea').first().inputValue()).toBe(template);
    expect(await page.locator('input[type=text]').first().inputValue()).toBe('');
  });

  const fillOn = async (name: string) => {
    // The draft with both captures (the test above removed one).
    await seedDraft(vendorSession.extensionPage, { formId: FORM_ID, values, captureIds: ['cap-1', 'cap-2'] });
    const page = await open(LOOK_ALIKE(name));
    const reply = await startFill(vendorSession.extensionPage, `${LOOK_ALIKE(name)}*`, FORM_ID);
    return { page, report: reply.value.report as { complete: boolean; fields: Record<string, string>[] } };
  };
  const submitted = async (page: Page) => {
    await page.locator('button[type=submit]').click();
    await page.getByText('送信しました').waitFor();
    const [submission] = vendorSession.server.submissions;
    return {
      field: (name: string) => submission!.fields.find(([n]) => n === name)?.[1]?.replace(/\r\n/g, '\n'),
      files: submission!.files,
    };
  };

  it('finds 本文 labelled with a hint beside a second textarea of the same size, and only 本文 is sent the text', async () => {
    const { page, report } = await fillOn('input-prefixed');
    expect(report.fields.map((f) => `${f.label}=${f.status}`)).toEqual([
      '件名=filled',
      '本文=filled',
      '添付ファイル screenshot-1.png=filled',
      '添付ファイル screenshot-2.png=filled',
    ]);
    const { field } = await submitted(page);
    expect(field('inquiryBody')).toBe(bodyWithAttachments);
    expect(field('previousInquiry')).toBe('');
  });

  it('on a page without a file input, the body claims no attachment and the report says where the files go', async () => {
    const { page, report } = await fillOn('input-no-files');
    expect(report.complete).toBe(false);
    const files = report.fields.filter((f) => f.label!.startsWith('添付ファイル'));
    expect(files.map((f) => f.status)).toEqual(['not-found', 'not-found']);
    expect(files[0]!.note).toContain('このページには添付ファイルの欄がない');
    const { field, files: sent } = await submitted(page);
    expect(field('inquiryBody')).not.toContain('■有');
    expect(field('inquiryBody')).not.toContain('(添付ファイル: 2件 )');
    expect(field('inquiryBody')).toMatch(/添付ファイル:□有・■無$/);
    expect(rendered.body).toContain('(添付ファイル: 2件 )');
    expect(sent).toEqual([]);
  });

  it('never writes the ticket into a memo on a page without 本文', async () => {
    const { page, report } = await fillOn('input-memo-only');
    expect(report.fields[0]).toMatchObject({ label: '本文', status: 'not-found' });
    expect(await page.locator('#memo').inputValue()).toBe('');
  });

  it('a disabled 本文 and a 件名 shorter than the text are not filled, and the report says so', async () => {
    const { page, report } = await fillOn('input-restricted');
    expect(report.complete).toBe(false);
    const byLabel = Object.fromEntries(report.fields.map((f) => [f.label, f]));
    expect(byLabel['件名']).toMatchObject({ status: 'differs', note: expect.stringContaining('10文字まで') });
    expect(byLabel['本文']).toMatchObject({ status: 'differs', note: expect.stringContaining('無効') });
    expect(await page.locator('#inquiryTitle').inputValue()).toBe('');
  });

  it('with the form inside a frame, fills nothing in the top frame’s search box and says where the form is', async () => {
    const { page, report } = await fillOn('input-framed');
    expect(report.fields[0]).toMatchObject({
      label: '本文',
      status: 'not-found',
      note: expect.stringContaining('別フレーム'),
    });
    expect(await page.locator('textarea[name=q]').inputValue()).toBe('');
  });
});
