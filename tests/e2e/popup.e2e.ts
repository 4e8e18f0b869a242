import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pentioRequest } from '../../schemas/forms/pentio-request';
import { setLocale } from '../../schemas/i18n';
import { launchWithExtension, type ExtensionSession } from './browser';
import { openPopupFor, openPopupForTab, readStore, seedProfile, seriousAxeViolations } from './helpers';
import type { DraftRow, HistoryRow } from '../../storage/schema';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';

describe('popup', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension(inject('extensionDir'), { httpsPort: server.port });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('prefills from the page and environment, keeps the draft across closing, copies the exact vendor text', async () => {
    const pageUrl = server.localUrl('/');
    const { popup, tabId } = await openPopupFor(session, pageUrl);
    await seedProfile(popup, {
      id: 'p-pentio',
      vendor: 'pentio',
      name: 'OneLogin 本社',
      accountType: 'personal',
      groupEmail: 'it-team@example.jp',
      isDefault: true,
    });
    await popup.reload();
    // The popup opens its suggested form once start-up ends; pick another only after that.
    await popup.locator('section.form').waitFor();
    await popup.getByLabel('問い合わせフォーム').selectOption('pentio-request');

    // The detected environment lives in the form's own fields, marked 自動検出 until edited,
    // with the page where the problem was seen and the profile's CC.
    const form = popup.locator('section.form');
    // Chromium's UA Client Hints give four parts; Firefox's runtime.getBrowserInfo() gives its own (153.8.0).
    await expect
      .poll(() => form.getByLabel('ブラウザのバージョン').inputValue())
      .toMatch(session.browserName === 'firefox' ? /^\d+\.\d+(\.\d+)?(esr)?$/ : /^\d+\.\d+\.\d+\.\d+$/);
    if (session.browserName === 'firefox') {
      // Firefox has no UA Client Hints: the OS version is left for the user, and the popup says why.
      expect(await form.getByLabel('OSのバージョン').inputValue()).toBe('');
      await form.getByText('このブラウザは OS のバージョンを拡張機能に知らせません').waitFor();
    }
    expect(await form.getByLabel('ブラウザ', { exact: true }).inputValue()).not.toBe('');
    expect(await form.locator('[data-path="env.browserVersion"] .badge').textContent()).toBe('自動検出');
    await expect.poll(() => form.getByLabel('画面のURL').inputValue()).toBe(pageUrl);
    // The profile's items sum up in one line until 「編集」.
    await expect
      .poll(() => popup.getByTestId('profile-summary').textContent())
      .toBe('個人アカウント · it-team@example.jp');
    await popup.getByRole('button', { name: '編集' }).click();
    await expect.poll(() => form.getByLabel(/^CC/).inputValue()).toBe('it-team@example.jp');

    // Bad input is reported next to its field, in Japanese.
    await form.getByLabel(/^CC/).fill('it-team@example.jp\nyamada');
    await popup.getByText('メールアドレス形式(例:iij-taro@example.jp)で入力してください').waitFor();
    expect(await form.getByLabel(/^CC/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/^CC/).fill('it-team@example.jp\nyamada@example.jp');

    await form.getByRole('radio', { name: '個人アカウント' }).check();
    // The category list is the help center's own: none until its request page has been opened once.
    const category = form.getByLabel(/^お問い合わせカテゴリ/);
    await form.getByText('リクエストページを一度開いてから').waitFor();
    expect(await category.locator('option').allTextContents()).toEqual(['選択してください']);
    const requestPage = await session.context.newPage();
    await requestPage.goto('https://support.onelogin.jp/hc/ja/requests/new');
    // The open popup offers the page's options as soon as the page has described its form.
    await expect
      .poll(() => category.locator('option').allTextContents())
      .toEqual([
        '選択してください',
        'ログイン・認証設定',
        'アプリ連携 > SAML',
        'アプリ連携 > OIDC',
        'AD・LDAP同期',
        'その他',
      ]);
    await form.getByText('選択肢は https://support.onelogin.jp のリクエストページから読み取りました').waitFor();
    await requestPage.close();
    await category.selectOption({ label: 'その他' });
    await form.getByLabel(/^タイトル/).fill('業務システムに SSO でログインできない');
    await form.getByLabel(/^発生しているトラブル・エラー/).fill('AADSTS50105 が表示されます。\n"全員" <影響> & 1名');

    // A screenshot of the target tab joins the draft as an attachment.
    await popup.getByRole('button', { name: 'スクリーンショットを添付' }).click();
    await popup.getByText('スクリーンショットを添付しました').waitFor();
    const attachments = form.getByRole('group', { name: '添付ファイル' }).getByRole('checkbox');
    await attachments.first().waitFor();
    expect(await attachments.count()).toBe(1);
    expect(await attachments.first().isChecked()).toBe(true);

    // Close the popup once the draft is stored, then reopen it: the draft is back.
    await popup.waitForFunction(() => document.querySelector('.draft-state')?.getAttribute('data-state') === 'saved');
    await expect
      .poll(
        async () =>
          (await readStore<DraftRow>(popup, 'drafts')).find((d) => d.formId === 'pentio-request')?.values.title,
      )
      .toBe('業務システムに SSO でログインできない');
    await popup.close();
    const reopened = await openPopupForTab(session, tabId);
    expect(await reopened.getByLabel('問い合わせフォーム').inputValue()).toBe('pentio-request');
    const again = reopened.locator('section.form');
    expect(await again.getByLabel(/^タイトル/).inputValue()).toBe('業務システムに SSO でログインできない');
    expect(await again.getByLabel(/^発生しているトラブル・エラー/).inputValue()).toBe(
      'AADSTS50105 が表示されます。\n"全員" <影響> & 1名',
    );
    expect(await again.getByLabel(/^CC/).inputValue()).toBe('it-team@example.jp\nyamada@example.jp');
    expect(await again.getByRole('group', { name: '添付ファイル' }).getByRole('checkbox').isChecked()).toBe(true);

    // Copy: the clipboard, the preview and the history hold exactly what the form's renderer makes.
    const draft = (await readStore<DraftRow>(reopened, 'drafts')).find((d) => d.formId === 'pentio-request')!;
    expect(draft.captureIds).toHaveLength(1);
    expect(draft.values.attachments).toEqual(draft.captureIds);
    setLocale('ja');
    const expected = pentioRequest.render(pentioRequest.schema.parse(draft.values));
    expect(await reopened.getByTestId('preview-body').textContent()).toBe(expected.body);
    await reopened.getByRole('button', { name: '本文をコピー' }).click();
    await reopened.getByText('本文をコピーしました').waitFor();
    expect(await reopened.evaluate(() => navigator.clipboard.readText())).toBe(expected.body);
    const history = await readStore<HistoryRow>(reopened, 'history');
    expect(history).toEqual([
      expect.objectContaining({ formId: 'pentio-request', action: 'copy', text: expected.body, targetUrl: pageUrl }),
    ]);
    await reopened.getByText('履歴', { exact: true }).click();
    await reopened.locator('.history-row').getByText('ペンティオ 技術サポートリクエスト (OneLogin)').waitFor();
    await reopened.close();
  });

  it("suggests the vendor's form on its page and fills the page from the draft there only", async () => {
    const vendorPage = 'https://support.onelogin.jp/hc/ja/requests/new';
    const { popup, target } = await openPopupFor(session, vendorPage);
    expect(await popup.getByLabel('問い合わせフォーム').inputValue()).toBe('pentio-request');
    await popup.getByText('このページのベンダー向けのフォームです').waitFor();
    // The draft written on the error page in the first test is the one offered here.
    expect(
      await popup
        .locator('section.form')
        .getByLabel(/^タイトル/)
        .inputValue(),
    ).toBe('業務システムに SSO でログインできない');
    await target.locator('input[name="request[subject]"]').waitFor();
    await popup.getByRole('button', { name: 'このページに入力' }).click();
    // Every field, the attached screenshot included, is filled and read back.
    const report = popup.getByRole('region', { name: '入力結果' });
    await report.waitFor();
    expect(await report.getByRole('status').first().textContent()).toBe(
      'すべての項目を入力し、読み返して確認しました。内容を確認してから、ご自身で送信してください。',
    );
    expect(server.uploads.map((u) => u.type)).toEqual(['image/png']);
    expect(await target.locator('input[name="request[subject]"]').inputValue()).toBe(
      '業務システムに SSO でログインできない',
    );
    const history = await readStore<HistoryRow>(popup, 'history');
    expect(history.map((h) => [h.formId, h.action, h.targetUrl])).toContainEqual([
      'pentio-request',
      'fill',
      vendorPage,
    ]);

    // The submit is the user's: the popup asks whether it went out, and keeps the answer.
    const question = popup.getByRole('group', { name: /送信しましたか/ });
    await question.getByRole('button', { name: '送信した' }).click();
    await popup.locator('.actions').getByText('送信済みにしました').waitFor();
    const fillRow = (await readStore<HistoryRow>(popup, 'history')).find((h) => h.action === 'fill')!;
    const incidentId = (await readStore<DraftRow>(popup, 'drafts')).find(
      (d) => d.formId === 'pentio-request',
    )!.incidentId;
    expect(fillRow).toMatchObject({ formId: 'pentio-request', incidentId, status: 'sent' });
    const chips = popup.getByRole('list', { name: 'この問い合わせの下書き' });
    await expect.poll(() => chips.textContent()).toMatch(/ペンティオ 技術サポートリクエスト \(OneLogin\) · 送信済み/);
    expect(await question.count()).toBe(0);
    await popup.close();

    const elsewhere = await openPopupFor(session, server.localUrl('/?elsewhere'));
    await elsewhere.popup.getByLabel('問い合わせフォーム').selectOption('pentio-request');
    await elsewhere.popup.getByRole('button', { name: '本文をコピー' }).waitFor();
    expect(await elsewhere.popup.getByRole('button', { name: 'このページに入力' }).count()).toBe(0);
    await elsewhere.popup.close();
  });

  it('blocks copying while errors remain and shows them next to their fields', async () => {
    const { popup } = await openPopupFor(session, server.localUrl('/?blank'));
    // An empty mail has no text to copy and takes no screenshot: those actions are not offered.
    await popup.getByLabel('問い合わせフォーム').selectOption('fujitsu-empty-mail');
    // (the switch is asynchronous: poll until the Fujitsu form is the one drawn)
    await expect.poll(() => popup.getByRole('button', { name: '本文をコピー' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'スクリーンショットを添付' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: '下書きを破棄…' }).count()).toBe(1);

    await popup.getByLabel('問い合わせフォーム').selectOption('iij-other-inquiry');
    await popup.getByRole('button', { name: '下書きを破棄…' }).click();
    await popup.getByRole('button', { name: '破棄する' }).click();
    await popup.getByText('下書きを破棄しました').waitFor();
    await popup.getByRole('button', { name: '本文をコピー' }).click();
    await popup
      .locator('.actions')
      .getByText('未入力または誤りのある項目があります。最初の項目へ移動しました。')
      .waitFor();
    const invalid = popup.locator('section.form [aria-invalid="true"]');
    expect(await invalid.count()).toBeGreaterThan(0);
    const describedBy = (await invalid.first().getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    expect(await popup.locator(`[id="${describedBy}"]`).textContent()).not.toBe('');
    expect((await readStore<HistoryRow>(popup, 'history')).filter((h) => h.formId === 'iij-other-inquiry')).toEqual([]);
    await popup.close();
  });

  it('walks the user through every item still missing on the IIJ login inquiry, and a blocked copy goes to the first', async () => {
    const { popup } = await openPopupFor(session, server.localUrl('/?walk'));
    await popup.getByLabel('問い合わせフォーム').selectOption('iij-login-inquiry');
    await popup.getByRole('button', { name: '下書きを破棄…' }).click();
    await popup.getByRole('button', { name: '破棄する' }).click();
    await popup.getByText('下書きを破棄しました').waitFor();

    // A blocked copy: the result is in the bar and the cursor is in the first item that needs the user.
    await popup.getByRole('button', { name: '本文をコピー' }).click();
    const bar = popup.locator('.actions');
    await bar.getByText('未入力または誤りのある項目があります。最初の項目へ移動しました。').waitFor();
    const invalidPaths = await popup.evaluate(() =>
      [...document.querySelectorAll('section.form [data-path]')]
        .filter(
          (field) => field.querySelector('[aria-invalid="true"]') || field.getAttribute('aria-invalid') === 'true',
        )
        .map((field) => (field as HTMLElement).dataset.path!),
    );
    expect(invalidPaths.length).toBeGreaterThan(3);
    const focused = () =>
      popup.evaluate(() => {
        const field = document.activeElement?.closest('[data-path]') as HTMLElement | null;
        const box = field?.getBoundingClientRect();
        return { path: field?.dataset.path, inView: !!box && box.top >= 0 && box.bottom <= innerHeight };
      });
    expect(await focused()).toEqual({ path: invalidPaths[0], inView: true });

    // The counter names as many items as are marked, and ▸次へ visits each of them in order.
    expect(await bar.getByTestId('missing-count').textContent()).toBe(`未入力・要修正 ${invalidPaths.length}件`);
    const visited = [(await focused()).path];
    for (let i = 1; i < invalidPaths.length; i++) {
      await bar.getByRole('button', { name: '▸次へ' }).click();
      visited.push((await focused()).path);
    }
    expect(visited).toEqual(invalidPaths);
    await bar.getByRole('button', { name: '▸次へ' }).click();
    expect((await focused()).path).toBe(invalidPaths[0]);
    await popup.close();
  });

  it('shows the IIJ login inquiry as IIJ will read it from the start, 「( 未入力 )」 where items are missing, and never copies that', async () => {
    const { popup } = await openPopupFor(session, server.localUrl('/?preview'));
    await popup.getByLabel('問い合わせフォーム').selectOption('iij-login-inquiry');
    await popup.getByRole('button', { name: '下書きを破棄…' }).click();
    await popup.getByRole('button', { name: '破棄する' }).click();
    await popup.getByText('下書きを破棄しました').waitFor();

    const body = popup.getByTestId('preview-body');
    expect(await body.textContent()).toContain('(1)問い合わせ内容\n( 未入力 )\n(2)');
    expect(await body.textContent()).toContain('(4)事象を確認した具体的な日時\n( 未入力 )(日本時間)\n');

    // The box opens to the whole text.
    const height = async () => (await body.boundingBox())!.height;
    const collapsed = await height();
    await popup.getByRole('button', { name: '全体を表示' }).click();
    expect(await height()).toBeGreaterThan(collapsed * 2);

    // A line of the text leads to its item.
    await body.getByText('( 未入力 )(日本時間)').click();
    expect(
      await popup.evaluate(() => (document.activeElement?.closest('[data-path]') as HTMLElement)?.dataset.path),
    ).toBe('occurredAt');
    await popup
      .locator('section.form')
      .getByLabel(/問い合わせ内容/)
      .fill('SSO でログインできない');
    await expect.poll(() => body.textContent()).toContain('(1)問い合わせ内容\n( SSO でログインできない )\n');

    // The unfinished text cannot be copied: the clipboard keeps what it held.
    await popup.evaluate(() => navigator.clipboard.writeText('前の内容'));
    await popup.getByRole('button', { name: '本文をコピー' }).click();
    await popup
      .locator('.actions')
      .getByText('未入力または誤りのある項目があります。最初の項目へ移動しました。')
      .waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('前の内容');
    await popup.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const { popup } = await openPopupFor(session, server.localUrl('/'));
    await popup.getByLabel('問い合わせフォーム').selectOption('iij-login-inquiry');
    await popup.locator('section.form').waitFor();
    // With every error on show, the history open and the form's conditional items in view.
    await popup.getByRole('button', { name: '本文をコピー' }).click();
    await popup.getByText('履歴', { exact: true }).click();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
  });
});
