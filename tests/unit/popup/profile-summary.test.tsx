import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { saveProfile } from '@/storage/profiles';
import { iijProfile } from '../storage/sample-profiles';

async function openIijInquiry() {
  Object.defineProperty(navigator, 'userAgentData', {
    configurable: true,
    value: { platform: 'Windows', getHighEntropyValues: () => new Promise(() => {}) },
  });
  await saveProfile(iijProfile);
  const tab = await fakeBrowser.tabs.create({ url: 'https://help.iij.ad.jp/', title: 'IIJ' } as never);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  render(<App />);
  return within(await screen.findByRole('region', { name: /ログインに関する事象/ }));
}

describe('the profile in one line', () => {
  it('sums up the items the profile fills instead of showing them; 「編集」 shows them and goes to the first', async () => {
    const user = userEvent.setup();
    const form = await openIijInquiry();
    const summary = await screen.findByTestId('profile-summary');
    expect(summary.textContent).toBe('IIJ1234567 · 山田 太郎 · iid00001');
    expect(summary.getAttribute('title')).toBe(
      'マスターID: IIJ1234567\nご依頼者様氏名: 山田 太郎\nサービスコード: iid00001',
    );
    expect(form.queryByLabelText(/マスターID/)).toBeNull();
    expect(form.queryByLabelText(/ご依頼者様氏名/)).toBeNull();
    // What is not the profile's stays in the form.
    expect(form.getByLabelText(/件名/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '編集' }));
    const masterId = form.getByLabelText(/マスターID/);
    expect(masterId).toHaveProperty('value', 'IIJ1234567');
    await waitFor(() => expect(document.activeElement).toBe(masterId));
    expect(screen.queryByTestId('profile-summary')).toBeNull();

    // An item changed for this ticket stays in view when the profile's items fold again.
    const requester = form.getByLabelText(/ご依頼者様氏名/);
    await user.clear(requester);
    await user.type(requester, '佐藤 花子');
    await user.click(screen.getByRole('button', { name: 'プロファイルの項目をたたむ' }));
    expect(screen.getByTestId('profile-summary').textContent).toBe('IIJ1234567 · iid00001');
    expect(form.getByLabelText(/ご依頼者様氏名/)).toHaveProperty('value', '佐藤 花子');
    expect(form.queryByLabelText(/マスターID/)).toBeNull();
  });

  it('a click on a profile line of the vendor text unfolds the items and goes to it', async () => {
    const user = userEvent.setup();
    const form = await openIijInquiry();
    const body = await screen.findByTestId('preview-body');
    await user.click(within(body).getByText(/^サービスコード:iid00001/));
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText(/サービスコード/)));
  });
});
