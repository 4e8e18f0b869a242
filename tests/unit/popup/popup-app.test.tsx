import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { setLocale } from '@/schemas/i18n';
import { loadCurrentDraft } from '@/storage/drafts';
import { saveProfile } from '@/storage/profiles';
import { getSetting } from '@/storage/settings';

type Hints = { platform: string; platformVersion: string; fullVersionList: { brand: string; version: string }[] };

/** UA Client Hints that answer only when the test says so: detection is slow on purpose. */
function slowUserAgentData() {
  let answer!: (hints: Hints) => void;
  const hints = new Promise<Hints>((resolve) => (answer = resolve));
  Object.defineProperty(navigator, 'userAgentData', {
    configurable: true,
    value: { platform: 'Windows', getHighEntropyValues: () => hints },
  });
  return answer;
}

async function openPopupOver(url: string, title: string) {
  const tab = await fakeBrowser.tabs.create({ url, title } as never);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  render(<App />);
  return tab;
}

describe('popup', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'userAgentData');
  });

  it("opens the page vendor's form with its default profile before detection finishes, then fills in what was detected", async () => {
    await saveProfile({
      id: 'p1',
      vendor: 'pentio',
      name: 'OneLogin 本社',
      accountType: 'personal',
      groupEmail: 'team@example.jp',
      isDefault: true,
    });
    const detected = slowUserAgentData();
    await openPopupOver('https://support.onelogin.jp/hc/ja/requests/new', 'リクエストを送信');

    const picker = await screen.findByRole('combobox', { name: '問い合わせフォーム' });
    await waitFor(() => expect(picker).toHaveProperty('value', 'pentio-request'));
    const form = within(await screen.findByRole('region', { name: /ペンティオ/ }));
    expect(screen.getByRole('combobox', { name: 'プロファイル' })).toHaveProperty('value', 'p1');
    // The profile's items sum up in one line; 「編集」 shows them.
    expect(screen.getByTestId('profile-summary').textContent).toBe('個人アカウント · team@example.jp');
    expect(form.queryByLabelText(/^CC/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '編集' }));
    expect(form.getByLabelText(/^CC/)).toHaveProperty('value', 'team@example.jp');
    // The help center's own page is where the ticket is written, not where the problem was seen.
    expect(form.getByLabelText('画面のURL')).toHaveProperty('value', '');
    expect(screen.getByText(/検出中/)).toBeTruthy();

    // The user types the browser before detection answers: detection must not overwrite it.
    await userEvent.type(form.getByLabelText('ブラウザ'), 'Edge');
    detected({
      platform: 'Windows',
      platformVersion: '15.0.0',
      fullVersionList: [{ brand: 'Google Chrome', version: '131.0.6778.86' }],
    });
    await waitFor(() => expect(form.getByLabelText('OSのバージョン')).toHaveProperty('value', '11'));
    expect(form.getByLabelText('OS')).toHaveProperty('value', 'Windows');
    expect(form.getByLabelText('ブラウザのバージョン')).toHaveProperty('value', '131.0.6778.86');
    expect(form.getByLabelText('ブラウザ')).toHaveProperty('value', 'Edge');
    expect(screen.queryByText(/検出中/)).toBeNull();

    await waitFor(async () =>
      expect((await loadCurrentDraft('pentio-request'))?.values).toMatchObject({
        env: { browserName: 'Edge', osVersion: '11' },
      }),
    );
  });

  it('restores the saved draft exactly and lets the user discard it', async () => {
    slowUserAgentData();
    const user = userEvent.setup();
    await openPopupOver('https://127.0.0.1/error', 'ログインエラー');
    const picker = await screen.findByRole('combobox', { name: '問い合わせフォーム' });
    await waitFor(() => expect(picker).toHaveProperty('disabled', false));
    await user.selectOptions(picker, 'pentio-request');
    const form = within(await screen.findByRole('region', { name: /ペンティオ/ }));
    await user.type(form.getByLabelText(/^タイトル/), 'SSO でログインできない');
    await waitFor(async () =>
      expect((await loadCurrentDraft('pentio-request'))?.values).toMatchObject({ title: 'SSO でログインできない' }),
    );

    await user.click(screen.getByRole('button', { name: '下書きを破棄…' }));
    await user.click(screen.getByRole('button', { name: '破棄する' }));
    await screen.findByText('下書きを破棄しました');
    expect(form.getByLabelText(/^タイトル/)).toHaveProperty('value', '');
    expect(await loadCurrentDraft('pentio-request')).toBeUndefined();
  });

  it('greets a first-time user with what to set up, and 「あとで」 puts it off for good', async () => {
    slowUserAgentData();
    const user = userEvent.setup();
    await openPopupOver('https://127.0.0.1/error', 'ログインエラー');
    const welcome = await screen.findByRole('region', { name: 'はじめに' });
    expect(welcome.textContent).toContain('IIJ');
    expect(within(welcome).getByRole('button', { name: 'プロファイルを登録・読み込む' })).toBeTruthy();
    await user.click(within(welcome).getByRole('button', { name: 'あとで' }));
    expect(screen.queryByRole('region', { name: 'はじめに' })).toBeNull();
    await waitFor(async () => expect(await getSetting('firstRun.dismissed')).toBe(true));
  });

  it('does not greet a user who already has a profile', async () => {
    slowUserAgentData();
    await saveProfile({
      id: 'p1',
      vendor: 'pentio',
      name: '本社',
      accountType: 'personal',
      groupEmail: 'a@example.jp',
    });
    await openPopupOver('https://127.0.0.1/error', 'ログインエラー');
    await screen.findByRole('combobox', { name: '問い合わせフォーム' });
    await screen.findByRole('region', { name: /ペンティオ|IIJ|富士通/ });
    expect(screen.queryByRole('region', { name: 'はじめに' })).toBeNull();
  });

  it('speaks English when the browser UI is English', async () => {
    setLocale('en');
    slowUserAgentData();
    const user = userEvent.setup();
    await openPopupOver('https://help.iij.ad.jp/', 'IIJ Service Online');
    const picker = await screen.findByRole('combobox', { name: 'Support form' });
    await waitFor(() => expect(picker).toHaveProperty('value', 'iij-login-inquiry'));
    expect(screen.getByText(/Detecting this OS and browser/)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Copy the text' }));
    await screen.findByText('Some items are missing or wrong. Moved to the first one.');
    expect(screen.getByText('Copy, fill and mail work once every item is filled in correctly')).toBeTruthy();
  });
});
