import { describe, expect, it, vi } from 'vitest';
import { z } from '@/schemas/zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, handle } from '@/entrypoints/background/router';
import { message } from '@/schemas/messages';

const ping = message('test/ping', { n: z.number().int() });
const fromPage = message('test/from-page', { text: z.string().max(10) });

const ownId = () => fakeBrowser.runtime.id;
const extensionPage = () => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = (url: string, frameId = 0) => ({ id: ownId(), url, frameId, tab: { id: 7 } as never });
const VENDOR_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
/** The in-page panel: fill-panel.html in a frame of a tab showing `tabUrl`. */
const panelIn = (tabUrl: string, frameId = 5, page = '/fill-panel.html') => ({
  id: ownId(),
  url: fakeBrowser.runtime.getURL(page as '/popup.html'),
  frameId,
  tab: { id: 7, url: tabUrl } as never,
});
const panelMessage = message('test/panel', {});

describe('background message router', () => {
  it('answers a valid message from an extension page', async () => {
    const handler = vi.fn(async ({ n }: { n: number }) => n * 2);
    handle(ping, 'extension', handler);
    expect(await dispatch({ type: 'test/ping', n: 21 }, extensionPage())).toEqual({ ok: true, value: 42 });
  });

  it('ignores malformed, unknown, foreign and extra-field messages without calling the handler', async () => {
    const handler = vi.fn(async () => 'done');
    handle(ping, 'extension', handler);
    const hostile = [
      [{ type: 'test/ping', n: '21' }, extensionPage()],
      [{ type: 'test/ping', n: 1, extra: '<script>' }, extensionPage()],
      [{ type: 'test/unknown' }, extensionPage()],
      ['test/ping', extensionPage()],
      [null, extensionPage()],
      [
        { type: 'test/ping', n: 1 },
        { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
      ],
      [{ type: 'test/ping', n: 1 }, contentScript('https://evil.example/')],
    ] as const;
    for (const [raw, sender] of hostile) expect(await dispatch(raw, sender)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts content-script messages only from the top frame of an https page', async () => {
    const handler = vi.fn(async () => 'ok');
    handle(fromPage, 'content', handler);
    expect(
      await dispatch({ type: 'test/from-page', text: 'hi' }, contentScript('http://support.onelogin.jp/')),
    ).toBeUndefined();
    expect(
      await dispatch({ type: 'test/from-page', text: 'hi' }, contentScript('https://support.onelogin.jp/', 3)),
    ).toBeUndefined();
    expect(await dispatch({ type: 'test/from-page', text: 'hi' }, extensionPage())).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(
      await dispatch(
        { type: 'test/from-page', text: 'hi' },
        contentScript('https://support.onelogin.jp/hc/ja/requests/new'),
      ),
    ).toEqual({ ok: true, value: 'ok' });
  });

  it('turns a handler failure into a readable error reply', async () => {
    handle(ping, 'extension', async () => {
      throw new Error('保存できませんでした');
    });
    expect(await dispatch({ type: 'test/ping', n: 1 }, extensionPage())).toEqual({
      ok: false,
      error: '保存できませんでした',
    });
  });

  it('accepts panel messages only from fill-panel.html framed in an https tab', async () => {
    const handler = vi.fn(async (_payload: unknown, sender: { tab?: { url?: string } }) => sender.tab?.url);
    handle(panelMessage, 'panel', handler);
    const refused = [
      extensionPage(), // the popup
      contentScript(VENDOR_PAGE), // a content script, or a page script it was tricked into relaying for
      panelIn(VENDOR_PAGE, 0), // the panel page opened as a tab of its own
      panelIn('http://support.onelogin.jp/hc/ja/requests/new'),
      panelIn(VENDOR_PAGE, 5, '/options.html'),
      { ...panelIn(VENDOR_PAGE), id: 'another-extension' },
      { ...panelIn(VENDOR_PAGE), tab: undefined },
    ];
    for (const sender of refused) expect(await dispatch({ type: 'test/panel' }, sender)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    // The handler learns the page from the sender's tab, whatever the message might claim.
    expect(await dispatch({ type: 'test/panel' }, panelIn(VENDOR_PAGE))).toEqual({ ok: true, value: VENDOR_PAGE });
    expect(await dispatch({ type: 'test/panel', tabUrl: 'https://help.iij.ad.jp/' }, panelIn(VENDOR_PAGE))).toBe(
      undefined,
    );
  });

  it('does not take the panel (a frame inside a web page) for one of the extension’s own pages', async () => {
    const handler = vi.fn(async () => 'ok');
    handle(ping, 'extension', handler);
    expect(await dispatch({ type: 'test/ping', n: 1 }, panelIn(VENDOR_PAGE))).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    const popupAsTab = { ...extensionPage(), frameId: 0, tab: { id: 3, url: extensionPage().url } as never };
    expect(await dispatch({ type: 'test/ping', n: 2 }, popupAsTab)).toEqual({ ok: true, value: 'ok' });
  });
});
