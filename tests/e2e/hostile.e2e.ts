import type { Page } from './page';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { seedDraft } from './fill-session';
import { openPopupForTab, readStore, tabIdOf } from './helpers';
import type { DraftRow } from '../../storage/schema';
import { iijLoginInquiry } from '../../schemas/forms/iij-login-inquiry';
import { setLocale } from '../../schemas/i18n';

/**
 * Hostile text typed into the popup goes through the preview into the vendor page (the shipped
 * build on https://help.iij.ad.jp, mapped to the fixture) and on to what the vendor receives:
 * no script runs anywhere (page trap window.__xss, the popup's own flag), the text stays verbatim.
 * Characters that disguise or break text (bidi overrides, NUL) are refused first, saying which
 * and where. The Zendesk path's hostile case is in fill-zendesk.e2e.ts.
 */
const INPUT_PAGE = 'https://help.iij.ad.jp/inquiry/input';
const PIECES = [
  '<script>window.__xss = true</script>',
  '<img src=x onerror="window.__xss = true; alert(1)">',
  '<a href="javascript:window.__xss=true">javascript:window.__xss=true</a>',
  'javascript:alert(1)',
];
const DISGUISED = 'RTL \u202Egnp.exe\u202C end\nNUL \u0000 end';
const HEAD = PIECES.join('\n');
// 100 KB of UTF-8 in all.
const HOSTILE = `${HEAD}\n${'あ'.repeat(Math.ceil((100 * 1024 - Buffer.byteLength(HEAD) - 1) / 3))}`;
const SUBJECT = '<img src=x onerror=alert(1)> abc';

let server: FixtureServer;
let session: ExtensionSession;
let vendor: Page;
let popup: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(inject('shippedExtensionDir'), { httpsPort: server.port });
  const options = await session.openExtensionPage('options.html');
  await seedDraft(options, {
    formId: iijLoginInquiry.id,
    values: { ...iijLoginInquiry.example, subject: SUBJECT, screenshots: { pageUrl: '', attachments: [] } },
    captureIds: [],
  });
  await options.close();
  vendor = await session.context.newPage();
  await vendor.goto(INPUT_PAGE);
  await vendor.locator('[data-support-ticket-helper=panel]').waitFor({ state: 'attached' });
  popup = await openPopupForTab(session, await tabIdOf(session, INPUT_PAGE));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('hostile text: popup → preview → page fill → what the vendor receives', () => {
  it('stays text everywhere and arrives verbatim', async () => {
    expect(Buffer.byteLength(HOSTILE)).toBeGreaterThanOrEqual(100 * 1024);
    expect(await popup.getByLabel('問い合わせフォーム').inputValue()).toBe(iijLoginInquiry.id);
    const description = popup.locator('section.form').getByLabel(/^問い合わせ内容/);
    // A bidi override (and NUL) is refused, named with its position.
    await description.fill(DISGUISED);
    await popup
      .getByText('使えない文字(U+202E、文字の向きを変える制御文字)が 5 文字目にあります。削除してください。')
      .waitFor();
    await description.fill(HOSTILE);

    // The draft holds the typed text; the vendor text is what the form's renderer makes of it.
    await expect
      .poll(
        async () =>
          (await readStore<DraftRow>(popup, 'drafts')).find((d) => d.formId === iijLoginInquiry.id)?.values.description,
      )
      .toBe(HOSTILE);
    const draft = (await readStore<DraftRow>(popup, 'drafts')).find((d) => d.formId === iijLoginInquiry.id)!;
    setLocale('ja');
    const expected = iijLoginInquiry.render(iijLoginInquiry.schema.parse(draft.values));
    expect(expected.body).toContain(HOSTILE);

    // Preview: verbatim text, no element made from it, nothing ran in the extension page.
    await expect.poll(() => popup.getByTestId('preview-body').textContent()).toBe(expected.body);
    expect(await popup.getByTestId('preview-subject').textContent()).toBe(expected.subject);
    expect(await popup.locator('.preview :is(img, script, a, svg)').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __xss?: boolean }).__xss)).toBeUndefined();

    // Page fill: the page's fields hold the text, its trap never fired, no element was made.
    await popup.getByRole('button', { name: 'このページに入力' }).click();
    await popup.getByText(/すべての項目を入力し、読み返して確認しました/).waitFor();
    const body = (await vendor.locator('#inquiryBody').inputValue()).replace(/\r\n/g, '\n');
    expect(body.startsWith(expected.body.replace(/\n+$/, ''))).toBe(true);
    expect(await vendor.locator('#inquiryTitle').inputValue()).toBe(expected.subject);
    expect(await vendor.evaluate(() => (window as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
    expect(await vendor.locator('img, script:not(head script), a[href^="javascript:"]').count()).toBe(0);

    // What the vendor receives on submit.
    await vendor.locator('button[type=submit]').click();
    await vendor.getByText('送信しました').waitFor();
    const field = (name: string) => server.submissions[0]!.fields.find(([n]) => n === name)?.[1];
    expect(field('inquiryBody')!.replace(/\r\n/g, '\n')).toBe(body);
    for (const piece of PIECES) expect(field('inquiryBody')).toContain(piece);
    expect(field('inquiryTitle')).toBe(expected.subject);
  });
});
