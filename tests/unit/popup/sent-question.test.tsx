import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { addHistory, listHistory, sendStatesOfIncident } from '@/storage/history';
import { currentIncident } from '@/storage/incidents';
import { saveProfile } from '@/storage/profiles';
import { fujitsuProfile } from '../storage/sample-profiles';

async function openPopup() {
  Object.defineProperty(navigator, 'userAgentData', {
    configurable: true,
    value: { platform: 'Windows', getHighEntropyValues: () => new Promise(() => {}) },
  });
  const tab = await fakeBrowser.tabs.create({ url: 'https://127.0.0.1/error', title: 'エラー' } as never);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  return render(<App />);
}

async function openFujitsuMail() {
  const user = userEvent.setup();
  await saveProfile({ ...fujitsuProfile, isDefault: true });
  await openPopup();
  const picker = await screen.findByRole('combobox', { name: '問い合わせフォーム' });
  await waitFor(() => expect(picker).toHaveProperty('disabled', false));
  await user.selectOptions(picker, 'fujitsu-empty-mail');
  const form = within(await screen.findByRole('region', { name: /SupportDesk 空メール/ }));
  return { user, form };
}

describe('「送信しましたか?」', () => {
  it('after a mail, 「送信した」 marks the draft sent in history and the incident header says 送信済み', async () => {
    const { user, form } = await openFujitsuMail();
    await user.type(form.getByLabelText('受付番号'), '20261124-007');
    const link = await screen.findByRole('link', { name: 'メールアプリで開く' });
    link.addEventListener('click', (event) => event.preventDefault()); // happy-dom would navigate
    expect(screen.queryByText('送信しましたか?')).toBeNull();
    await user.click(link);

    const question = await screen.findByRole('group', { name: /送信しましたか/ });
    const drafts = await screen.findByRole('list', { name: 'この問い合わせの下書き' });
    await waitFor(() => expect(drafts.textContent).toContain('メール作成済み'));
    await user.click(within(question).getByRole('button', { name: '送信した' }));

    await screen.findByText('送信済みにしました');
    expect(screen.queryByRole('group', { name: /送信しましたか/ })).toBeNull();
    const incident = await currentIncident();
    expect(await listHistory()).toEqual([
      expect.objectContaining({
        formId: 'fujitsu-empty-mail',
        incidentId: incident.id,
        action: 'mailto',
        status: 'sent',
        subject: '20261124-007',
        sentAt: expect.any(String),
      }),
    ]);
    await waitFor(() => expect(drafts.textContent).toMatch(/SupportDesk 空メール.*送信済み/));
  });

  it('asks again when the popup is opened later, until answered; 「まだ」 keeps the draft unsent', async () => {
    const incident = await currentIncident();
    await addHistory({
      formId: 'iij-login-inquiry',
      incidentId: incident.id,
      action: 'fill',
      status: 'unanswered',
      text: '本文',
    });
    const user = userEvent.setup();
    const popup = await openPopup();
    const question = await screen.findByRole('group', { name: /送信しましたか/ });
    expect(question.textContent).toContain('ページに入力しました');
    await user.click(within(question).getByRole('button', { name: 'まだ' }));
    await screen.findByText('未送信のままにしました');
    expect((await listHistory())[0]).toMatchObject({ status: 'not-sent' });
    expect(await sendStatesOfIncident(incident.id)).toEqual(new Map([['iij-login-inquiry', 'filled']]));

    popup.unmount();
    await openPopup();
    await screen.findByRole('region', { name: /ログインに関する事象/ });
    expect(screen.queryByRole('group', { name: /送信しましたか/ })).toBeNull();
  });

  it('a copy is not a send: no question, and the draft stays a draft', async () => {
    const incident = await currentIncident();
    await addHistory({ formId: 'iij-login-inquiry', incidentId: incident.id, action: 'copy', text: '本文' });
    await openPopup();
    const drafts = await screen.findByRole('region', { name: /ログインに関する事象/ });
    expect(drafts).toBeTruthy();
    expect(screen.queryByRole('group', { name: /送信しましたか/ })).toBeNull();
    expect(await sendStatesOfIncident(incident.id)).toEqual(new Map());
  });
});
