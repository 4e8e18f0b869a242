import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, handle } from '@/entrypoints/background/router';
import { message } from '@/schemas/messages';

const ping = message('test/ping', { n: z.number().int() });
const fromPage = message('test/from-page', { text: z.string().max(10) });

const ownId = () => fakeBrowser.runtime.id;
const extensionPage = () => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = (url: string, frameId = 0) => ({ id: ownId(), url, frameId, tab: { id: 7 } as never });

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
});
