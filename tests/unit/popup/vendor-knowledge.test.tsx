import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';

/** What the vendor will ask back, and seed 003's restrictions, where the user is filling in. */
async function openIijInquiry() {
  const tab = await fakeBrowser.tabs.create({ url: 'https://help.iij.ad.jp/', title: 'IIJ' } as never);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  render(<App />);
  const picker = await screen.findByRole('combobox', { name: '問い合わせフォーム' });
  await waitFor(() => expect(picker).toHaveProperty('value', 'iij-login-inquiry'));
  return within(await screen.findByRole('region', { name: /ログイン/ }));
}

describe('popup: vendor knowledge beside the fields', () => {
  it('a follow-up seed 000 asks for is quiet while typing and named in IIJ’s words once an action is tried', async () => {
    const user = userEvent.setup();
    const form = await openIijInquiry();
    await user.click(form.getByRole('radio', { name: '突然発生' }));
    const since = await form.findByLabelText(/利用できなくなった日時/);
    expect(screen.queryByText(/突然発生の場合は、利用できなくなった日時も記載してください/)).toBeNull();

    await user.click(screen.getByRole('button', { name: '本文をコピー' }));
    const message = await screen.findByText(/突然発生の場合は、利用できなくなった日時も記載してください/);
    // Beside the field: the message is what the field's description points at.
    const describedBy = since.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').some((id) => document.getElementById(id)?.contains(message))).toBe(true);
  });

  it('naming a linked service (Box) shows seed 003’s restriction beside the inquiry text', async () => {
    const user = userEvent.setup();
    const form = await openIijInquiry();
    const description = form.getByLabelText(/^問い合わせ内容/);
    await user.type(description, 'Boxにログインできない');
    const hint = await screen.findByText(/連携サービスに起因する内容のお問い合わせはIIJでは受けられません/);
    const describedBy = description.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').some((id) => document.getElementById(id)?.contains(hint))).toBe(true);
  });
});
