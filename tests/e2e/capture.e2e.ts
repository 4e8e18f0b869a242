import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from './page';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { fireCaptureMenu, readStore } from './helpers';
import type { CaptureSummary } from '../../schemas/capture';
import type { Environment } from '../../schemas/environment';

const BAND = { r: 0x1b, g: 0x2a, b: 0x41 }; // capture/stamp.ts STAMP_BACKGROUND

/** A stored capture as the test reads it back (the image is not read). */
type StoredCapture = CaptureSummary & { environment?: Partial<Environment> };
type Pixel = [number, number, number];

let server: FixtureServer;
let session: ExtensionSession;
let page: Page;

/** The captures table as stored, oldest first. */
async function storedCaptures(): Promise<StoredCapture[]> {
  return (await readStore<StoredCapture>(session.worker, 'captures')).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
}

/** Decodes an image (a stored capture by id, or base64 bytes) in the browser and reads pixels. */
function pixelsOf(
  source: { id: string } | { base64: string },
  points: [number, number][],
): Promise<{ width: number; height: number; pixels: Pixel[] }> {
  return session.worker.evaluate(
    async ({ source, points }) => {
      let blob: Blob;
      if ('base64' in source) {
        blob = new Blob([Uint8Array.from(atob(source.base64), (c) => c.charCodeAt(0))]);
      } else {
        blob = await new Promise<Blob>((resolve, reject) => {
          const open = indexedDB.open('support-ticket-helper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('captures').objectStore('captures').get(source.id);
            request.onsuccess = () => {
              open.result.close();
              resolve((request.result as { image: Blob }).image);
            };
          };
        });
      }
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = points.map(([x, y]) => {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        return [r, g, b] as [number, number, number];
      });
      return { width: bitmap.width, height: bitmap.height, pixels };
    },
    { source, points },
  );
}

const rightClickCapture = (target: Page, info: Record<string, unknown> = {}, times = 1) =>
  fireCaptureMenu(session, target, info, times);

/**
 * What the background says is in the browser's UI language; headless Chromium reports en-US to
 * the service worker whatever --lang says, so expect the text of the language it reports.
 */
async function backgroundText(ja: string, en: string): Promise<string> {
  return (await session.worker.evaluate(() => chrome.i18n.getUILanguage())).startsWith('en') ? en : ja;
}

const badge = () => session.worker.evaluate(() => chrome.action.getBadgeText({}));
const isBand = ([r, g, b]: Pixel) =>
  Math.abs(r - BAND.r) <= 3 && Math.abs(g - BAND.g) <= 3 && Math.abs(b - BAND.b) <= 3;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(inject('extensionDir'), { httpsPort: server.port });
  page = await session.context.newPage();
  await page.goto(server.localUrl('/'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('capture for support (real browser)', () => {
  it('right-click capture stores URL, title, selected text and JST time, counts on the badge and confirms in the page', async () => {
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('error')!));
    const before = Date.now();
    await rightClickCapture(page, {
      selectionText: 'エラー: AADSTS50105 ユーザーはアプリケーションに割り当てられていません。',
    });
    await expect.poll(storedCaptures, { timeout: 15_000 }).toHaveLength(1);
    // The confirmation is shown for a few seconds in the page, outside the page's own DOM tree.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(await backgroundText('キャプチャしました(未添付 1 件)', 'Captured (1 not yet attached)'));
    const [capture] = await storedCaptures();
    expect(capture).toMatchObject({
      pageUrl: server.localUrl('/'),
      title: '業務システム - ログインエラー',
      selectionText: 'エラー: AADSTS50105 ユーザーはアプリケーションに割り当てられていません。',
      stamped: true,
      redacted: false,
      mimeType: 'image/png',
    });
    // It starts an incident of its own: the moment, page and selected text every draft is prefilled from.
    const [incident] = await readStore<{ id: string; occurredAt: string; pageUrl: string; selectionText: string }>(
      session.worker,
      'incidents',
    );
    expect(capture!.incidentId).toBe(incident!.id);
    expect(incident).toMatchObject({
      occurredAt: capture!.createdAt,
      pageUrl: server.localUrl('/'),
      selectionText: 'エラー: AADSTS50105 ユーザーはアプリケーションに割り当てられていません。',
    });
    expect(Date.parse(capture!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(capture!.environment?.nowJst).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await expect.poll(badge).toBe('1');
  });

  it('composites the stamp band above the screen: band colour across the top, light text in it, the page below', async () => {
    const [capture] = await storedCaptures();
    const { width, height } = capture!;
    expect(width).toBe(1280);
    const bandHeight = height - 900; // the viewport is 1280×900
    expect(bandHeight).toBeGreaterThan(30);
    const row = Array.from({ length: 64 }, (_, i) => [Math.floor((i * width) / 64), 2] as [number, number]);
    const textRow = Array.from({ length: 400 }, (_, i) => [10 + i, Math.floor(bandHeight * 0.3)] as [number, number]);
    const edge = [
      [width - 3, bandHeight - 1],
      [width - 3, bandHeight],
    ] as [number, number][];
    const { pixels } = await pixelsOf({ id: capture!.id }, [...row, ...textRow, [width - 5, height - 5], ...edge]);
    expect(pixels.slice(0, 64).every(isBand)).toBe(true);
    expect(pixels.slice(64, 464).some(([r, g, b]) => r > 200 && g > 200 && b > 200)).toBe(true);
    expect(pixels[464]).toEqual([255, 255, 255]); // the page's white background below the band
    // The band ends in a black line; the page's first row follows it unchanged.
    expect(pixels.slice(465)).toEqual([
      [0, 0, 0],
      [255, 255, 255],
    ]);
  });

  it('five rapid right-clicks all land as captures', async () => {
    await rightClickCapture(page, {}, 5);
    await expect.poll(async () => (await storedCaptures()).length, { timeout: 30_000 }).toBe(6);
    await expect.poll(badge).toBe('6');
  });

  it('the popup’s screenshot message captures the tab it names for the popup’s incident', async () => {
    const options = await session.openExtensionPage('options.html');
    const tabId = await session.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)!.id!,
      page.url(),
    );
    const reply = await options.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'capture/visible-tab', tabId, incidentId: 'incident-from-popup' }),
      tabId,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { pageUrl: server.localUrl('/'), incidentId: 'incident-from-popup', stamped: true },
    });
    expect((await storedCaptures()).filter((c) => c.incidentId === 'incident-from-popup')).toHaveLength(1);
    await expect.poll(badge).toBe('7'); // on no draft until the popup shows it
    await options.close();
  });

  it('a page the browser refuses to capture gets a message and no record', async () => {
    const internal = await session.context.newPage();
    await internal.goto(session.browserName === 'firefox' ? 'about:robots' : 'chrome://version');
    const count = (await storedCaptures()).length;
    await rightClickCapture(internal);
    const title = () =>
      session.worker.evaluate(async () =>
        chrome.action.getTitle({ tabId: (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id! }),
      );
    await expect
      .poll(title)
      .toContain(
        await backgroundText(
          'ブラウザーの制限によりキャプチャできません',
          'The browser does not let extensions capture this page',
        ),
      );
    expect(await storedCaptures()).toHaveLength(count);
    await internal.close();
  });

  it('a redacted rectangle is black in the downloaded image', async () => {
    const options = await session.openExtensionPage('options.html');
    const item = options.getByRole('listitem').filter({ hasText: '業務システム - ログインエラー' }).first();
    await item.getByRole('button', { name: '黒塗り' }).click();
    await item.getByRole('button', { name: '範囲を追加' }).click();
    await item.getByLabel('左 (px)').fill('100');
    await item.getByLabel('上 (px)').fill('200');
    await item.getByLabel('幅 (px)').fill('300');
    await item.getByLabel('高さ (px)').fill('80');
    await item.getByRole('button', { name: '黒塗りを適用' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: '黒塗りを適用しました' }).count()).toBe(1);
    const redactedItem = options.getByRole('listitem').filter({ hasText: '黒塗り済み' }).first();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      redactedItem.getByRole('button', { name: 'ダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^screenshot-\d{8}-\d{4}\.png$/);
    const bytes = readFileSync((await download.path())!);
    const inside = [
      [101, 201],
      [250, 240],
      [398, 278],
      [200, 260],
    ] as [number, number][];
    const { pixels } = await pixelsOf({ base64: bytes.toString('base64') }, [...inside, [5, 2]]);
    for (const pixel of pixels.slice(0, 4)) expect(pixel).toEqual([0, 0, 0]);
    expect(isBand(pixels[4]!)).toBe(true); // outside the rectangle the image is unchanged
    await options.close();
  });
});

describe('shipped manifest', () => {
  it('asks for activeTab, not <all_urls>, and declares the capture shortcut', () => {
    const manifest = JSON.parse(readFileSync(join(inject('shippedExtensionDir'), 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('activeTab');
    expect([...manifest.permissions, ...manifest.host_permissions]).not.toContain('<all_urls>');
    expect(manifest.commands.capture).toEqual({
      suggested_key: { default: 'Alt+Shift+C' },
      description: '__MSG_commandCapture__',
    });
  });
});
