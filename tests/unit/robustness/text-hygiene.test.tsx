import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from '@/entrypoints/popup/App';
import { mailtoUrl } from '@/mail/mailto';
import { checkDraft } from '@/schemas/check-draft';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { cleanPageText, findUnsafeCharacter, hasVisibleCharacter, wellFormed } from '@/schemas/text-hygiene';
import { database } from '@/storage/db';
import { saveDraft } from '@/storage/drafts';
import { currentIncident } from '@/storage/incidents';
import { iijProfile } from '../storage/sample-profiles';

/** Text that cannot be encoded or that disguises itself: refused with where it is, never a blank page. */
describe('text hygiene', () => {
  it('finds lone surrogates, control characters and bidi controls, and leaves real text alone', () => {
    expect(findUnsafeCharacter('山田\uD800太郎')).toEqual({ codePoint: 'U+D800', position: 3, kind: 'lone-surrogate' });
    expect(findUnsafeCharacter('😀\uDC00')).toEqual({ codePoint: 'U+DC00', position: 2, kind: 'lone-surrogate' });
    expect(findUnsafeCharacter('a\u0000b')?.kind).toBe('control');
    expect(findUnsafeCharacter('RTL \u202Egnp.exe')).toEqual({ codePoint: 'U+202E', position: 5, kind: 'bidi' });
    expect(findUnsafeCharacter('絵文字😀 タブ\t改行\r\n 全角　スペース')).toBeUndefined();
    expect(wellFormed('a\uD800b😀')).toBe('a\uFFFDb😀');
    expect(hasVisibleCharacter('\u200B\u200D \u202E')).toBe(false);
    expect(hasVisibleCharacter('\u200Bあ')).toBe(true);
  });

  it('repairs a page’s own text (capture title, selected error) instead of refusing it', () => {
    const selected = 'エラー\u0000: \u202Egnp.exe\u202C \uD800終わり\n次の行\tタブ';
    expect(cleanPageText(selected)).toBe('エラー: gnp.exe \uFFFD終わり\n次の行\tタブ');
    expect(findUnsafeCharacter(cleanPageText(selected))).toBeUndefined();
  });

  it('the mail link builder never throws on such text', () => {
    const message = {
      to: ['a@example.jp'],
      cc: ['b\uD800@example.jp'],
      subject: '件名\uD800',
      body: '本文\uDC00',
      attachments: [],
    };
    expect(() => encodeURIComponent('\uD800')).toThrow(URIError); // what the builder must not pass on
    expect(mailtoUrl(message)).toContain('%EF%BF%BD');
  });

  it('the one draft check refuses it, naming the field, the character and its position', () => {
    const values = { ...iijLoginInquiry.example, requesterName: '山田\uD800太郎' };
    const check = checkDraft(iijLoginInquiry, values, new Date());
    expect(check.blocking).toBe(true);
    expect(check.issues).toContainEqual(
      expect.objectContaining({
        level: 'error',
        path: 'requesterName',
        message: '使えない文字(U+D800、対になっていないサロゲート)が 3 文字目にあります。削除してください。',
      }),
    );
  });
});

describe('the popup with a lone surrogate already stored (profile and draft from an older import)', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'userAgentData'));

  it('shows the form and says what is wrong where, instead of going blank', async () => {
    Object.defineProperty(navigator, 'userAgentData', {
      configurable: true,
      value: { platform: 'Windows', getHighEntropyValues: () => new Promise(() => undefined) },
    });
    await (await database()).profiles.put({ ...iijProfile, requesterName: '山田\uD800太郎' } as never);
    await saveDraft({
      formId: iijLoginInquiry.id,
      profileId: iijProfile.id,
      values: { ...iijLoginInquiry.example, requesterName: '山田\uD800太郎' },
      captureIds: [],
      incidentId: (await currentIncident()).id,
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://help.iij.ad.jp/', title: 'IIJ' } as never);
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>,
    );
    expect(await screen.findByText(/使えない文字\(U\+D800、対になっていないサロゲート\)が 3 文字目/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '問い合わせフォーム' })).toHaveProperty('value', iijLoginInquiry.id);
    expect(screen.queryByText('表示中に問題が起きました')).toBeNull();
  });
});

describe('ErrorBoundary', () => {
  it('says what went wrong and still copies the drafts', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    await saveDraft({
      formId: 'iij-login-inquiry',
      values: { description: '書きかけの本文' },
      captureIds: [],
      incidentId: (await currentIncident()).id,
    });
    const Broken = () => {
      throw new Error('壊れた部品');
    };
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('壊れた部品');
    await user.click(screen.getByRole('button', { name: '下書きの内容をコピー' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining('書きかけの本文')));
    vi.restoreAllMocks();
  });
});
