import { inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CaptureSummary } from '../../schemas/capture';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { fireCaptureMenu, readStore } from './helpers';
import type { Page } from './page';

/**
 * What a vendor receives, pixel for pixel: a stored capture, decoded, against a bare
 * captureVisibleTab of the same static screen taken by the test. Chromium hands the extension
 * an 8-bit RGB PNG whose compressed rows are kept under a separately compressed band
 * (capture/png-band.ts); Firefox hands it an RGBA PNG, drawn and encoded again on a canvas. Both
 * must give the screen unchanged below the band.
 */

type Rgb = [number, number, number];

const BAND_COLOUR: Rgb = [0x1b, 0x2a, 0x41]; // capture/stamp.ts STAMP_BACKGROUND
const TOAST_ID = 'support-ticket-helper-capture-toast'; // entrypoints/background/capture.ts
const PNG_BUDGET_BYTES = 400 * 1024; // capture/image.ts: a larger screen may be stored as JPEG
const STAMP_SETTING = '画像に URL と日時(日本時間)を入れる'; // the options page's checkbox

/** A stored capture's image against the screen, decoded by the browser (createImageBitmap). */
interface Comparison {
  stored: { width: number; height: number; type: string };
  screen: { width: number; height: number };
  /** Rows above the screen in the stored image. */
  band: number;
  /** Pixels of the stored image's page part (its rows from `band` on) that differ from the screen. */
  differing: number;
  firstDifference?: { x: number; y: number; stored: number[]; screen: number[] };
  /** Each band row, counted in pixels: the band colour, black, light (text), light within 4 px of the sides. */
  bandRows: { bandColour: number; black: number; light: number; lightAtSides: number }[];
  /** RGB of the stored image at the requested points. */
  samples: Rgb[];
}

/** The browser's own screenshot of `target`, as the extension would get it before stamping. */
async function screenOf(target: Page): Promise<string> {
  await target.bringToFront();
  // Our confirmation from an earlier capture is not part of the page.
  await expect.poll(() => target.evaluate((id) => !document.getElementById(id), TOAST_ID)).toBe(true);
  await target.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
  return session.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
    for (let attempt = 0; ; attempt++) {
      try {
        return await chrome.tabs.captureVisibleTab(tab.windowId!, { format: 'png' });
      } catch (error) {
        // Chromium allows 2 captures a second, and a tab just brought forward may not have a frame yet.
        if (attempt === 5 || !/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|readback/.test(String(error))) throw error;
        await new Promise((wait) => setTimeout(wait, 600));
      }
    }
  }, target.url());
}

const storedCaptures = () => readStore<CaptureSummary>(session.worker, 'captures');

/** 「サポート用にキャプチャ」 on `target`, until its capture is stored. */
async function rightClickCapture(target: Page): Promise<CaptureSummary> {
  const before = new Set((await storedCaptures()).map((c) => c.id));
  await fireCaptureMenu(session, target);
  await expect.poll(async () => (await storedCaptures()).length, { timeout: 20_000 }).toBe(before.size + 1);
  return (await storedCaptures()).find((c) => !before.has(c.id))!;
}

/**
 * Decodes the stored capture and the screen in the browser and compares every pixel of the page
 * part; `tolerance` is how far a channel may be from the band colour or black (0: exactly).
 */
async function compareWithScreen(
  id: string,
  screen: string,
  { tolerance = 0, points = [] }: { tolerance?: number; points?: [number, number][] } = {},
): Promise<Comparison> {
  const { bytes, type } = await storedImage(id);
  const storedUrl = `data:${type};base64,${bytes.toString('base64')}`;
  return session.worker.evaluate(
    async ({ storedUrl, screen, tolerance, points, bandColour }) => {
      const stored = await (await fetch(storedUrl)).blob();
      const decode = async (blob: Blob) => {
        const bitmap = await createImageBitmap(blob);
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const image = await decode(stored);
      const shot = await decode(await (await fetch(screen)).blob());
      const band = image.height - shot.height;
      let differing = 0;
      let firstDifference: Comparison['firstDifference'];
      if (image.width === shot.width && band >= 0) {
        const offset = band * image.width * 4;
        for (let at = 0; at < shot.data.length; at += 4) {
          const same = [0, 1, 2, 3].every((c) => image.data[offset + at + c] === shot.data[at + c]);
          if (same) continue;
          differing++;
          firstDifference ??= {
            x: (at / 4) % shot.width,
            y: Math.floor(at / 4 / shot.width),
            stored: [...image.data.subarray(offset + at, offset + at + 4)],
            screen: [...shot.data.subarray(at, at + 4)],
          };
        }
      }
      const near = (at: number, [r, g, b]: number[]) =>
        Math.abs(image.data[at]! - r!) <= tolerance &&
        Math.abs(image.data[at + 1]! - g!) <= tolerance &&
        Math.abs(image.data[at + 2]! - b!) <= tolerance;
      const bandRows = Array.from({ length: Math.max(0, band) }, (_, y) => {
        const row = { bandColour: 0, black: 0, light: 0, lightAtSides: 0 };
        for (let x = 0; x < image.width; x++) {
          const at = (y * image.width + x) * 4;
          if (near(at, bandColour)) row.bandColour++;
          if (near(at, [0, 0, 0])) row.black++;
          if (image.data[at]! > 200 && image.data[at + 1]! > 200 && image.data[at + 2]! > 200) {
            row.light++;
            if (x < 4 || x >= image.width - 4) row.lightAtSides++;
          }
        }
        return row;
      });
      const samples = points.map(([x, y]) => [
        ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3),
      ]);
      return {
        stored: { width: image.width, height: image.height, type: stored.type },
        screen: { width: shot.width, height: shot.height },
        band,
        differing,
        ...(firstDifference ? { firstDifference } : {}),
        bandRows,
        samples: samples as Rgb[],
      };
    },
    { storedUrl, screen, tolerance, points, bandColour: BAND_COLOUR },
  );
}

/** Lines of text in the band: runs of rows with light pixels. */
function textLines(rows: Comparison['bandRows']): number {
  return rows.filter((row, y) => row.light > 0 && !(rows[y - 1]?.light ?? 0)).length;
}

/** The stored image's bytes and type, read from the extension's database. */
function storedImage(id: string): Promise<{ bytes: Buffer; type: string }> {
  return session.worker
    .evaluate(async (id) => {
      const blob = await new Promise<Blob>((resolve, reject) => {
        const open = indexedDB.open('support-ticket-helper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('captures').objectStore('captures').get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { image: Blob }).image);
          };
          request.onerror = () => reject(request.error);
        };
      });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { base64: btoa(binary), type: blob.type };
    }, id)
    .then(({ base64, type }) => ({ bytes: Buffer.from(base64, 'base64'), type }));
}

const bytesOfDataUrl = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

/**
 * A PNG's rows as its zlib stream holds them, inflated by Node's zlib, which checks the stream's
 * end and its Adler-32 checksum (browsers and pngjs stop reading once they have every row).
 */
function inflatedRows(png: Buffer): { declared: number; inflated: number } {
  const idat: Buffer[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + png.readUInt32BE(at))
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  const [width, height, colorType] = [png.readUInt32BE(16), png.readUInt32BE(20), png[25]!];
  const rowBytes = 1 + width * ({ 2: 3, 6: 4 }[colorType] ?? Number.NaN);
  return { declared: height, inflated: inflateSync(Buffer.concat(idat)).length / rowBytes };
}

/**
 * The checks every stamped PNG capture passes: the screen unchanged below the band (decoded by the
 * browser, and again by pngjs, which verifies every chunk's CRC, after Node's zlib has checked the
 * compressed stream and its checksum: what a strict decoder at the vendor would do), the band's
 * first rows in the band colour and its last row black.
 */
async function expectScreenBelowBand(capture: CaptureSummary, screen: string): Promise<Comparison> {
  const result = await compareWithScreen(capture.id, screen);
  const { width } = result.screen;
  expect(result.stored).toMatchObject({ width, type: 'image/png' });
  // Failing, this names the first pixel that differs.
  expect({ differing: result.differing, first: result.firstDifference }).toEqual({ differing: 0, first: undefined });
  expect(capture).toMatchObject({ mimeType: 'image/png', stamped: true, width, height: result.stored.height });
  expect(result.band).toBeGreaterThan(30);
  expect(result.bandRows.slice(0, 3).map((row) => row.bandColour)).toEqual([width, width, width]);
  expect(result.bandRows.at(-1)).toMatchObject({ black: width });
  const { bytes } = await storedImage(capture.id);
  const { declared, inflated } = inflatedRows(bytes);
  expect(inflated).toBe(declared);
  const decoded = PNG.sync.read(bytes, { checkCRC: true });
  const bare = PNG.sync.read(bytesOfDataUrl(screen));
  expect([decoded.width, decoded.height]).toEqual([result.stored.width, result.stored.height]);
  expect(decoded.data.subarray(result.band * width * 4).equals(bare.data)).toBe(true);
  return result;
}

let server: FixtureServer;
let session: ExtensionSession;

/** A new tab on the fixture's static page; `query` keeps each tab's URL its own. */
async function staticPage(query: string): Promise<Page> {
  const target = await session.context.newPage();
  await target.goto(server.localUrl(`/?${query}`));
  return target;
}

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

describe('stored captures are the screen (1280×900)', () => {
  beforeAll(async () => {
    session = await launchWithExtension(inject('extensionDir'), { httpsPort: server.port });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a right-click capture of a static page is the screen pixel for pixel below the stamp band', async () => {
    const target = await staticPage('pixels');
    const screen = await screenOf(target);
    const capture = await rightClickCapture(target);
    const result = await expectScreenBelowBand(capture, screen);
    expect(result.screen).toEqual({ width: 1280, height: 900 });
    expect(textLines(result.bandRows)).toBe(2); // the URL, then the JST time
    await target.close();
  });

  it('a queued capture whose page left the front before its turn is not stored, and the page now in front says so', async () => {
    const left = await staticPage('left-behind');
    const next = await staticPage('in-front-next');
    await next.evaluate(() => (document.body.style.background = '#00a000'));
    const screen = await screenOf(left);
    const earlier = new Set((await storedCaptures()).map((c) => c.id));
    // Three quick clicks on the first page: the browser allows two grabs a second, so they queue 600 ms apart.
    await fireCaptureMenu(session, left, {}, 3);
    await expect.poll(async () => (await storedCaptures()).length, { timeout: 10_000 }).toBeGreaterThan(earlier.size);
    await next.bringToFront();
    const refused = await session.worker.evaluate(() =>
      chrome.i18n.getUILanguage().startsWith('en') ? 'so nothing was saved' : '保存しませんでした',
    );
    await expect.poll(() => next.getByRole('alert').textContent(), { timeout: 10_000 }).toContain(refused);
    // What was stored is the page its stamp names, pixel for pixel, never the green page now in front.
    const burst = (await storedCaptures()).filter((c) => !earlier.has(c.id));
    expect(burst.length).toBeGreaterThanOrEqual(1);
    expect(burst.length).toBeLessThan(3);
    for (const capture of burst) {
      expect(capture.pageUrl).toBe(left.url());
      expect((await compareWithScreen(capture.id, screen)).differing).toBe(0);
    }
    await left.close();
    await next.close();
  });

  it('a URL too long for one line wraps onto more lines inside the band; the screen below is unchanged', async () => {
    // 400+ characters of query: parameters a line may break after, and a run it cannot break in.
    const query = `${Array.from({ length: 16 }, (_, i) => `param${i}=value-${i}`).join('&')}&token=${'x'.repeat(240)}`;
    expect(query.length).toBeGreaterThan(400);
    const target = await staticPage(query);
    const screen = await screenOf(target);
    const capture = await rightClickCapture(target);
    expect(capture.pageUrl).toBe(server.localUrl(`/?${query}`));
    const result = await expectScreenBelowBand(capture, screen);
    expect(textLines(result.bandRows)).toBeGreaterThanOrEqual(4); // three or more lines of URL, then the time
    // No line runs into the image's sides: nothing of the URL is cut off.
    expect(result.bandRows.every((row) => row.lightAtSides === 0)).toBe(true);
    await target.close();
  });

  it('a screen too large for a PNG within the budget is stored as a JPEG, still under the band', async () => {
    const target = await staticPage('noise');
    // Seeded noise over the whole viewport (PNG cannot compress it) and a red square as a landmark.
    await target.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = innerWidth * devicePixelRatio;
      canvas.height = innerHeight * devicePixelRatio;
      canvas.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh';
      const context = canvas.getContext('2d')!;
      const noise = context.createImageData(canvas.width, canvas.height);
      let state = 12345;
      for (let i = 0; i < noise.data.length; i++)
        noise.data[i] = i % 4 === 3 ? 255 : (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) >>> 24;
      context.putImageData(noise, 0, 0);
      const square = document.createElement('div');
      square.style.cssText = 'position:fixed;left:100px;top:100px;width:200px;height:200px;background:#d00000';
      document.body.replaceChildren(canvas, square);
    });
    const screen = await screenOf(target);
    expect(bytesOfDataUrl(screen).length).toBeGreaterThan(PNG_BUDGET_BYTES);
    const capture = await rightClickCapture(target);
    expect(capture).toMatchObject({ mimeType: 'image/jpeg', stamped: true, width: 1280 });
    const band = capture.height - 900;
    const result = await compareWithScreen(capture.id, screen, {
      tolerance: 8,
      points: [195, 200, 205].flatMap((x) => [195, 200, 205].map((y) => [x, band + y] as [number, number])),
    });
    expect(result).toMatchObject({ stored: { width: 1280, height: capture.height, type: 'image/jpeg' }, band });
    expect(band).toBeGreaterThan(30);
    // JPEG is close, not exact: the band colour at the top, the red square where the page has it.
    for (const row of result.bandRows.slice(0, 3)) expect(row.bandColour).toBeGreaterThan(1280 * 0.95);
    for (const [r, g, b] of result.samples) {
      expect(r).toBeGreaterThan(0xd0 - 24);
      expect(g).toBeLessThan(24);
      expect(b).toBeLessThan(24);
    }
    await target.close();
  });

  it('with the stamp switched off in the options, the stored image is exactly the screen, without a band', async () => {
    const options = await session.openExtensionPage('options.html');
    const stampSetting = options.getByLabel(STAMP_SETTING);
    await stampSetting.click();
    await expect.poll(() => stampSetting.isChecked()).toBe(false);
    await expect.poll(() => options.getByText('保存しました').count()).toBeGreaterThan(0);
    const target = await staticPage('no-stamp');
    const screen = await screenOf(target);
    const capture = await rightClickCapture(target);
    const result = await compareWithScreen(capture.id, screen);
    expect(capture).toMatchObject({ mimeType: 'image/png', stamped: false, width: 1280, height: 900 });
    expect(result.stored).toEqual({ width: 1280, height: 900, type: 'image/png' });
    expect({ differing: result.differing, first: result.firstDifference }).toEqual({ differing: 0, first: undefined });
    await stampSetting.check();
    await target.close();
    await options.close();
  });
});

describe('stored captures are the screen on a HiDPI display (device scale 2)', () => {
  beforeAll(async () => {
    session = await launchWithExtension(inject('extensionDir'), { httpsPort: server.port, deviceScaleFactor: 2 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the capture has the screen’s device pixels, unchanged below a band drawn at that scale', async () => {
    const target = await staticPage('hidpi');
    expect(await target.evaluate(() => devicePixelRatio)).toBe(2);
    const screen = await screenOf(target);
    const capture = await rightClickCapture(target);
    const result = await expectScreenBelowBand(capture, screen);
    expect(result.screen).toEqual({ width: 2560, height: 1800 });
    expect(textLines(result.bandRows)).toBe(2);
    await target.close();
  });
});
