import type { Page } from 'playwright-core';
import { openPopupFor } from './chromium-session';
import type { DemoContext, DemoStep } from './run';
import { sampleProfilesFile } from './run';
import { toJstMinute } from '../schemas/jst';

const PENTIO_REQUEST_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
const IIJ_INPUT_PAGE = 'https://help.iij.ad.jp/inquiry/input';

/**
 * The popup is 540 px wide in a real toolbar (popup.css). The window is made as tall as the page,
 * so the sticky action bar sits where it belongs instead of over the middle of a full-page shot.
 */
async function popupShot(popup: Page, ctx: DemoContext, name: string) {
  await popup.setViewportSize({ width: 540, height: 600 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 540, height });
  ctx.save(name, await popup.screenshot());
}

async function openPopup(ctx: DemoContext, url: string, formId: string) {
  const opened = await openPopupFor(ctx.session, url);
  await opened.popup.getByLabel('問い合わせフォーム').selectOption(formId);
  return opened;
}

async function fillThisPage(popup: Page) {
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  await popup.getByRole('region', { name: '入力結果' }).waitFor();
}

/** The demo's walk through the product, in the order a user meets it. */
export const steps: DemoStep[] = [
  {
    title: 'Options: import the sample profiles',
    async run({ session, save, note }) {
      const page = await session.openExtensionPage('options.html');
      await page.getByLabel('ファイルからインポート:').setInputFiles({
        name: 'sample-profiles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(sampleProfilesFile()),
      });
      await page.getByLabel('インポートの内容').waitFor();
      save('01-options-import-preview.png', await page.screenshot({ fullPage: true }));
      await page.getByRole('button', { name: '取り込む' }).click();
      await page.getByRole('listitem', { name: '富士通 SupportDesk 保守' }).waitFor();
      save('02-options-profiles.png', await page.screenshot({ fullPage: true }));
      note('3 sample profiles imported (IIJ, Pentio, Fujitsu)');
      await page.close();
    },
  },
  {
    title: 'Right-click "サポート用にキャプチャ" on an error page, then redact a copy',
    async run(ctx) {
      const page = await ctx.session.context.newPage();
      await page.goto(ctx.server.localUrl('/'));
      await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('error')!));
      await page.bringToFront();
      // Native context menus cannot be clicked headless: fire the real listener, as a click would.
      await ctx.session.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        const menu = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
        menu.dispatch(
          {
            menuItemId: 'capture-for-support',
            editable: false,
            pageUrl: url,
            selectionText: 'エラー: AADSTS50105 ユーザーはアプリケーションに割り当てられていません。',
          },
          tab,
        );
      }, page.url());
      await page.getByRole('status').waitFor();
      ctx.save('03-capture-confirmation.png', await page.screenshot());

      const options = await ctx.session.openExtensionPage('options.html');
      const item = options.getByRole('listitem').filter({ hasText: '業務システム - ログインエラー' }).first();
      await item.waitFor();
      const [stamped] = await Promise.all([
        options.waitForEvent('download'),
        item.getByRole('button', { name: 'ダウンロード' }).click(),
      ]);
      await ctx.saveDownload('04-capture-stamped.png', stamped);
      ctx.note(`stamped capture saved as ${stamped.suggestedFilename()}`);

      await item.getByRole('button', { name: '黒塗り' }).click();
      await item.getByRole('button', { name: '範囲を追加' }).click();
      await item.getByLabel('左 (px)').fill('30');
      await item.getByLabel('上 (px)').fill('150');
      await item.getByLabel('幅 (px)').fill('700');
      await item.getByLabel('高さ (px)').fill('40');
      await item.getByLabel('黒塗り前の画像も残す').check();
      await item.getByRole('button', { name: '黒塗りを適用' }).click();
      const redacted = options.getByRole('listitem').filter({ hasText: '黒塗り済み' }).first();
      await redacted.waitFor();
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        redacted.getByRole('button', { name: 'ダウンロード' }).click(),
      ]);
      await ctx.saveDownload('05-capture-redacted.png', download);
      ctx.save('06-options-capture-gallery.png', await options.screenshot({ fullPage: true }));
      await options.close();
      await page.close();
    },
  },
  {
    title: 'Popup over the error page: IIJ login inquiry, prefilled from profile and environment',
    async run(ctx) {
      const { popup, target } = await openPopup(ctx, ctx.server.localUrl('/'), 'iij-login-inquiry');
      const form = popup.locator('section.form');
      await form
        .getByLabel(/^問い合わせ内容/)
        .fill(
          '業務システムへ IIJ ID でシングルサインオンすると「AADSTS50105」と表示されログインできません。\n手順: 業務システムを開く → IIJ ID でログイン → エラー',
        );
      await form.getByLabel(/^一部アカウントのみ/).check();
      await form.getByLabel(/^対象のIIJ IDユーザのID/).fill('yamada.taro@example.co.jp');
      await form.getByLabel(/^突然発生/).check();
      // IIJ asks for these when it started suddenly (seed 000 (5)); without them nothing is sent.
      await form.getByLabel(/^利用できなくなった日時/).fill(toJstMinute(new Date(Date.now() - 2 * 3600_000)));
      await form.getByLabel(/^なし/).check();
      await form.getByLabel(/^アクセス元IPアドレス/).fill('192.168.10.5');
      await popupShot(popup, ctx, '07-popup-iij-private-ip-error.png');
      await form.getByLabel(/^アクセス元IPアドレス/).fill('203.0.114.10');
      await form.getByLabel(/^ログインしようとしている外部サービス/).fill('業務システム (SAML)');
      await popup.getByTestId('preview-body').waitFor();
      await popupShot(popup, ctx, '08-popup-iij-login-inquiry.png');
      ctx.save('08-iij-login-inquiry.txt', (await popup.getByTestId('preview-body').textContent()) ?? '');
      await popup.close();
      await target.close();
    },
  },
  {
    title: 'Fill IIJ Service Online from the draft and read it back',
    async run(ctx) {
      const { popup, target } = await openPopup(ctx, IIJ_INPUT_PAGE, 'iij-login-inquiry');
      await fillThisPage(popup);
      await popupShot(popup, ctx, '09-popup-fill-report-iij.png');
      ctx.save('10-iij-service-online-filled.png', await target.screenshot({ fullPage: true }));
      await popup.close();
      await target.close();
    },
  },
  {
    title: 'Pentio (Zendesk) request page: fill the form, never submit',
    async run(ctx) {
      const { popup, target } = await openPopup(ctx, PENTIO_REQUEST_PAGE, 'pentio-request');
      const form = popup.locator('section.form');
      // The category list is the help center's own, read from the request page just opened: the
      // extension ships none (this fixture's list is one it has never seen).
      const category = form.getByLabel(/^お問い合わせカテゴリ/);
      await category.locator('option', { hasText: 'アプリ連携 > SAML' }).waitFor({ state: 'attached' });
      await category.evaluate((select: HTMLSelectElement) => (select.size = select.options.length));
      ctx.save('11a-popup-page-categories.png', await category.locator('xpath=..').screenshot());
      ctx.note(`categories offered from the page: ${(await category.locator('option').allTextContents()).join(' / ')}`);
      await category.evaluate((select: HTMLSelectElement) => (select.size = 0));
      await category.selectOption({ label: 'アプリ連携 > SAML' });
      await form.getByRole('group', { name: '優先度' }).getByRole('radio', { name: /^高/ }).check();
      await form.getByLabel(/^タイトル/).fill('SAML 連携アプリで一部ユーザーのみ AADSTS50105 エラー');
      await form
        .getByLabel(/^発生しているトラブル・エラー/)
        .fill(
          '一部ユーザーが業務システムにログインすると次のエラーが表示されます。\n"AADSTS50105: ユーザーはアプリケーションに割り当てられていません" <業務システム>',
        );
      await target.locator('input[name="request[subject]"]').waitFor();
      await fillThisPage(popup);
      await popupShot(popup, ctx, '11-popup-fill-report-pentio.png');
      ctx.save('12-pentio-request-filled.png', await target.screenshot({ fullPage: true }));
      await popup.close();
      await target.close();
    },
  },
  {
    title: 'Fujitsu SupportDesk empty mail: acceptance check and .eml',
    async run(ctx) {
      const { popup, target } = await openPopup(ctx, ctx.server.localUrl('/'), 'fujitsu-empty-mail');
      await popup.locator('section.form').getByLabel('受付番号').fill('20261121-042');
      const mail = popup.getByRole('region', { name: 'メールで送る' });
      await mail.getByTestId('acceptance-result').waitFor();
      await popupShot(popup, ctx, '13-popup-fujitsu-empty-mail.png');
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        mail.getByRole('button', { name: '.eml をダウンロード' }).click(),
      ]);
      await ctx.saveDownload('14-fujitsu-empty-mail.eml', download);
      ctx.note(`mailto: ${await mail.getByRole('link', { name: 'メールアプリで開く' }).getAttribute('href')}`);
      await popup.close();
      await target.close();
    },
  },
  {
    title: 'SSO trace: record a failing sign-in, read the findings, prefill the IIJ login inquiry',
    async run(ctx) {
      const { popup, target } = await openPopup(ctx, 'https://sp.example.co.jp/', 'iij-login-inquiry');
      await popup.locator('summary', { hasText: 'SSOの動作を記録' }).click();
      const section = popup.locator('section.sso-recorder');
      await section.getByRole('button', { name: 'SSOの動作を記録' }).click();
      await section.getByRole('button', { name: '記録を停止' }).waitFor();
      // The fixture IdP puts another application's entity ID in the Audience.
      ctx.sso.fault = 'audience';
      await target.goto('https://sp.example.co.jp/login');
      await target.getByLabel('ユーザID').fill('taro');
      await target.getByLabel('パスワード').fill('demo-password');
      await target.getByRole('button', { name: 'ログイン' }).click();
      await target.waitForURL('https://sp.example.co.jp/saml/acs');
      ctx.sso.fault = 'none';
      await section.getByRole('button', { name: '記録を停止' }).click();
      await section.locator('.sso-findings li').first().waitFor();
      await section.getByRole('button', { name: /に反映して添付/ }).click();
      await popup.getByText('SSOトレースから検出しました(編集できます)').first().waitFor();
      await section.locator('.sso-findings').scrollIntoViewIfNeeded();
      ctx.save('15-popup-sso-trace.png', await section.screenshot());
      await popupShot(popup, ctx, '16-popup-sso-prefilled.png');
      await popup.close();
      await target.close();
    },
  },
];
