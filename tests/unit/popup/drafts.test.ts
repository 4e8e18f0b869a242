import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver, discardDraft, DRAFT_SAVE_DELAY_MS, listDrafts, loadDraft } from '@/storage/drafts';

const draft = (subject: string, incidentId = 'inc-1') => ({
  formId: 'pentio-request',
  incidentId,
  profileId: 'p1',
  values: { subject, details: { body: '1行目\n2行目', since: '2026-11-21' }, cc: ['a@example.jp'] },
  captureIds: ['cap-1', 'cap-2'],
  targetUrl: 'https://support.onelogin.jp/hc/ja/requests/new',
});

describe('drafts', () => {
  afterEach(() => vi.useRealTimers());

  it('saves at most 300 ms after the last change, only the newest state', async () => {
    // Only the saver's own timer is faked: IndexedDB keeps its real scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saved: string[] = [];
    let landed!: () => void;
    const written = new Promise<void>((resolve) => (landed = resolve));
    const saver = createDraftSaver({ onSaved: (row) => (saved.push(String(row.values.subject)), landed()) });
    saver.save(draft('a'));
    saver.save(draft('ab'));
    saver.save(draft('abc'));
    vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    expect(DRAFT_SAVE_DELAY_MS).toBeLessThanOrEqual(300);
    vi.advanceTimersByTime(1);
    await written;
    expect(saved).toEqual(['abc']);
    expect((await loadDraft('pentio-request', 'inc-1'))?.values.subject).toBe('abc');
  });

  it('restores a draft exactly, including its captures', async () => {
    const saver = createDraftSaver();
    saver.save(draft('件名'));
    await saver.flush();
    const restored = await loadDraft('pentio-request', 'inc-1');
    expect(restored).toMatchObject({ ...draft('件名'), id: 'inc-1:pentio-request' });
    expect(restored?.captureIds).toEqual(['cap-1', 'cap-2']);
  });

  it('keeps one draft per form and discards one without touching the others', async () => {
    const saver = createDraftSaver();
    saver.save(draft('ペンティオ'));
    await saver.flush();
    saver.save({ ...draft('IIJ'), formId: 'iij-login-inquiry' });
    await saver.flush();
    expect((await listDrafts()).map((d) => d.formId).sort()).toEqual(['iij-login-inquiry', 'pentio-request']);
    await discardDraft('pentio-request', 'inc-1');
    expect(await loadDraft('pentio-request', 'inc-1')).toBeUndefined();
    expect((await loadDraft('iij-login-inquiry', 'inc-1'))?.values.subject).toBe('IIJ');
  });

  it('keeps one draft per form in each incident: a second incident starts empty and the first keeps its text', async () => {
    const saver = createDraftSaver();
    saver.save(draft('最初の障害'));
    await saver.flush();
    saver.save(draft('二つ目の障害', 'inc-2'));
    await saver.flush();
    expect((await loadDraft('pentio-request', 'inc-1'))?.values.subject).toBe('最初の障害');
    expect((await loadDraft('pentio-request', 'inc-2'))?.values.subject).toBe('二つ目の障害');
    expect(await loadDraft('iij-login-inquiry', 'inc-2')).toBeUndefined();
  });

  it('drops a pending save when cancelled (the draft was discarded)', async () => {
    const saver = createDraftSaver();
    saver.save(draft('破棄する'));
    saver.cancel();
    await saver.flush();
    expect(await loadDraft('pentio-request', 'inc-1')).toBeUndefined();
  });
});

describe('a closing popup hands its unwritten draft to the background', () => {
  it('keeps the newest unwritten draft until its write lands, and none after discarding', async () => {
    const saver = createDraftSaver();
    expect(saver.unsaved()).toBeUndefined();
    saver.save(draft('書きかけ'));
    expect(saver.unsaved()?.values.subject).toBe('書きかけ');
    await saver.flush();
    expect(saver.unsaved()).toBeUndefined();
    saver.save(draft('破棄する'));
    saver.cancel();
    expect(saver.unsaved()).toBeUndefined();
  });

  it('the background saves it (draft/save), only for a known form and only from the extension', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { dispatch } = await import('@/entrypoints/background/router');
    const { registerDraftSave } = await import('@/entrypoints/background/drafts');
    registerDraftSave();
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const page = { id: fakeBrowser.runtime.id, url: 'https://evil.example/', frameId: 0, tab: { id: 3 } as never };
    const message = { type: 'draft/save', draft: draft('閉じる直前') };
    expect(await dispatch(message, page)).toBeUndefined();
    expect(await loadDraft('pentio-request', 'inc-1')).toBeUndefined();
    expect(await dispatch({ type: 'draft/save', draft: { ...draft('x'), formId: 'no-such-form' } }, popup)).toEqual({
      ok: false,
      error: 'unknown form no-such-form',
    });
    expect(await dispatch(message, popup)).toEqual({ ok: true, value: undefined });
    expect(await loadDraft('pentio-request', 'inc-1')).toMatchObject(draft('閉じる直前'));
  });
});
