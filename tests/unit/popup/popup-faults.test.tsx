import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { pentioRequest } from '@/schemas/forms/pentio-request';
import { database } from '@/storage/db';
import { loadCurrentDraft, saveDraft } from '@/storage/drafts';
import { currentIncident } from '@/storage/incidents';

/**
 * The popup when storage fails or another editor works on the same draft: nothing typed is lost,
 * copy and fill keep working from what is on screen, nothing is overwritten silently, and a fill
 * is reported as what it was.
 */
const PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
const FORM = pentioRequest.id;
const values = { ...pentioRequest.example, attachments: [] };

async function openPopup(container?: HTMLElement) {
  const tab = await fakeBrowser.tabs.create({ url: PAGE, title: 'リクエストを送信' } as never);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  const view = render(<App />, container ? { container } : undefined);
  const scope = within(view.container);
  const form = within(await scope.findByRole('region', { name: /ペンティオ/ }));
  return { scope, form, title: () => form.getByLabelText<HTMLInputElement>(/^タイトル/), unmount: view.unmount };
}

let writeText: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  Object.defineProperty(navigator, 'userAgentData', {
    configurable: true,
    value: { platform: 'Windows', getHighEntropyValues: () => new Promise(() => undefined) },
  });
  await saveDraft({ formId: FORM, values, captureIds: [], incidentId: (await currentIncident()).id });
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  Reflect.deleteProperty(navigator, 'userAgentData');
});

describe('popup when saving the draft fails', () => {
  it('says so with a retry, still copies what is on screen, and keeps the text across closing', async () => {
    const user = userEvent.setup();
    // After setup, which installs a clipboard of its own.
    writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const put = vi.spyOn((await database()).drafts, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    const popup = await openPopup();
    await user.clear(popup.title());
    await user.type(popup.title(), '保存できない件名');

    const alert = await screen.findByText(/下書きを保存できませんでした/);
    expect(alert.textContent).toContain('QuotaExceededError');
    await user.click(screen.getByRole('button', { name: '本文をコピー' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(await screen.findByText('本文をコピーしました')).toBeTruthy();
    expect((await loadCurrentDraft(FORM))?.values.title).toBe(values.title); // storage still holds the old one

    // The popup closes; opened again (storage still failing), the typed text is back.
    popup.unmount();
    const again = await openPopup();
    await waitFor(() => expect(again.title().value).toBe('保存できない件名'));
    expect(screen.getByText('前回保存できなかった入力内容を復元しました。')).toBeTruthy();
    await screen.findByText(/下書きを保存できませんでした/); // its save is tried again, and fails again

    // Storage works again: the retry saves it.
    put.mockRestore();
    await user.click(await screen.findByRole('button', { name: 'もう一度保存' }));
    await waitFor(async () => expect((await loadCurrentDraft(FORM))?.values.title).toBe('保存できない件名'));
    await screen.findByText('下書きは保存済みです');
  });
});

describe('popup with a draft another editor changes', () => {
  it('shows the other editor’s saved change when nothing is unsaved here', async () => {
    const popup = await openPopup();
    await waitFor(() => expect(popup.title().value).toBe(values.title));
    await saveDraft({
      formId: FORM,
      values: { ...values, title: '設定画面で直した件名' },
      captureIds: [],
      incidentId: (await currentIncident()).id,
    });
    await waitFor(() => expect(popup.title().value).toBe('設定画面で直した件名'));
    expect(screen.getByText(/別の画面で変更されました。最新の内容を表示しています/)).toBeTruthy();
  });

  it('two popups: neither overwrites the other silently; the user chooses whose text stays', async () => {
    const user = userEvent.setup();
    const first = await openPopup(document.body.appendChild(document.createElement('div')));
    const second = await openPopup(document.body.appendChild(document.createElement('div')));
    await waitFor(() => expect(second.title().value).toBe(values.title));

    // The first popup saves while the second has typed but not yet saved.
    await user.clear(first.title());
    await user.type(first.title(), '一つ目の件名');
    await waitFor(async () => expect((await loadCurrentDraft(FORM))?.values.title).toBe('一つ目の件名'));
    // (meanwhile the second popup had nothing unsaved, so it shows the first one's text)
    await waitFor(() => expect(second.title().value).toBe('一つ目の件名'));
    // The second popup types; before its save, another editor stores a newer version.
    await user.clear(second.title());
    await user.type(second.title(), '二つ目の件名');
    await saveDraft({
      formId: FORM,
      values: { ...values, title: '一つ目の件名(再保存)' },
      captureIds: [],
      incidentId: (await currentIncident()).id,
    });

    const question = await second.scope.findByText(/どちらの内容を残しますか/);
    expect(question).toBeTruthy();
    expect((await loadCurrentDraft(FORM))?.values.title).toBe('一つ目の件名(再保存)');
    expect(second.title().value).toBe('二つ目の件名'); // nothing typed is lost either

    await user.click(second.scope.getByRole('button', { name: 'この画面の内容を保存' }));
    await waitFor(async () => expect((await loadCurrentDraft(FORM))?.values.title).toBe('二つ目の件名'));
    await waitFor(() => expect(first.title().value).toBe('二つ目の件名'));
  });
});

describe('popup when the history write fails after a good fill', () => {
  it('shows the complete report and a history warning, not a failed fill', async () => {
    const user = userEvent.setup();
    const report = { complete: true, fields: [{ label: '件名', status: 'filled', required: true }] };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { kind: 'report', report, clipboard: 'text' },
    } as never);
    vi.spyOn((await database()).history, 'add').mockRejectedValue(new Error('disk full'));
    await openPopup();
    await user.click(await screen.findByRole('button', { name: 'このページに入力' }));

    expect(await screen.findByText(/すべての項目を入力し、読み返して確認しました/)).toBeTruthy();
    expect(await screen.findByText('履歴に記録できませんでした: disk full')).toBeTruthy();
    expect(screen.queryByText(/ページに入力できませんでした/)).toBeNull();
  });
});
