import { inflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { deflateRepeats } from '@/capture/deflate-runs';
import { combineAdler32, prependRows, readPngHeader, type RgbaRows } from '@/capture/png-band';

// pngjs, an independent encoder and decoder, makes the screenshots and reads the results back.

/** A deterministic "screen": gradients, flat areas and noise, so every PNG filter has work to do. */
function screen(width: number, height: number, seed = 7): RgbaRows {
  const data = new Uint8ClampedArray(width * height * 4);
  let state = seed;
  const noise = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const flat = x < width / 3;
      data[at] = flat ? 250 : (x * 7 + y) & 0xff;
      data[at + 1] = flat ? 250 : noise();
      data[at + 2] = flat ? 250 : (y * 13) & 0xff;
      data[at + 3] = 255;
    }
  return { width, height, data };
}

/** A stamp-like band: a flat colour, "text" strokes, and the all-zero last row prependRows asks for. */
function band(width: number, height: number): RgbaRows {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const stroke = y > 3 && y < height - 4 && x % 9 < 2 && x < width / 2;
      const last = y === height - 1;
      data.set(last ? [0, 0, 0, 255] : stroke ? [255, 255, 255, 255] : [0x1b, 0x2a, 0x41, 255], at);
    }
  return { width, height, data };
}

function encode(image: RgbaRows, options: { colorType: 2 | 6; filterType: number }): Uint8Array {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data);
  return new Uint8Array(PNG.sync.write(png, { colorType: options.colorType, filterType: options.filterType }));
}

function decode(png: Uint8Array): RgbaRows {
  const image = PNG.sync.read(Buffer.from(png), { checkCRC: true });
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
}

const rowsOf = (image: RgbaRows, from: number, to: number) =>
  image.data.subarray(from * image.width * 4, to * image.width * 4);

describe('prependRows: a band above a PNG without decoding the PNG', () => {
  it.each([0, 1, 2, 3, 4])('keeps every pixel of an RGB screenshot written with PNG filter %i', (filterType) => {
    const shot = screen(120, 40);
    const stripe = band(120, 12);
    const result = prependRows(encode(shot, { colorType: 2, filterType }), stripe)!;
    const decoded = decode(result);
    expect([decoded.width, decoded.height]).toEqual([120, 52]);
    expect(rowsOf(decoded, 0, 12)).toEqual(stripe.data);
    expect(rowsOf(decoded, 12, 52)).toEqual(shot.data);
    expect(readPngHeader(result)).toMatchObject({ width: 120, height: 52, colorType: 2 });
  });

  it('keeps an RGBA screenshot when the band ends in a transparent zero row', () => {
    const shot = screen(64, 30, 3);
    const stripe = band(64, 8);
    stripe.data.fill(0, stripe.data.length - 64 * 4);
    const decoded = decode(prependRows(encode(shot, { colorType: 6, filterType: 4 }), stripe)!);
    expect(rowsOf(decoded, 0, 8)).toEqual(stripe.data);
    expect(rowsOf(decoded, 8, 38)).toEqual(shot.data);
  });

  it('refuses a band whose last row is not all zeros: the screenshot’s first row could depend on it', () => {
    const stripe = band(64, 8);
    stripe.data.fill(9, stripe.data.length - 64 * 4);
    expect(prependRows(encode(screen(64, 30), { colorType: 2, filterType: 2 }), stripe)).toBeUndefined();
  });

  it('refuses what it does not handle, so the caller draws on a canvas instead', () => {
    const png = encode(screen(64, 30), { colorType: 2, filterType: 0 });
    expect(prependRows(png.slice(1), band(64, 8))).toBeUndefined(); // not a PNG
    expect(prependRows(png, band(63, 8))).toBeUndefined(); // another width
    const interlaced = png.slice();
    interlaced[8 + 8 + 12] = 1; // IHDR's interlace method
    expect(prependRows(interlaced, band(64, 8))).toBeUndefined();
    const truncated = png.slice(0, png.length - 20);
    expect(prependRows(truncated, band(64, 8))).toBeUndefined();
  });

  it('handles rows wider than the deflate window (a 4K HiDPI screen)', () => {
    const shot = screen(8400, 3);
    const stripe = band(8400, 4);
    const decoded = decode(prependRows(encode(shot, { colorType: 2, filterType: 1 }), stripe)!);
    expect(rowsOf(decoded, 0, 4)).toEqual(stripe.data);
    expect(rowsOf(decoded, 4, 7)).toEqual(shot.data);
  });

  it('adds little to the file: a flat band compresses to a small fraction of its pixels', () => {
    const png = encode(screen(1280, 20), { colorType: 2, filterType: 0 });
    const result = prependRows(png, band(1280, 60))!;
    expect(result.length - png.length).toBeLessThan((1280 * 60 * 3) / 20);
  });
});

describe('deflateRepeats', () => {
  // The output ends in a sync flush, not a final block: a final empty block makes it a whole stream.
  const inflate = (blocks: Uint8Array) =>
    new Uint8Array(inflateRawSync(Buffer.concat([blocks, Buffer.of(0x03, 0x00)])));

  it('round-trips runs, repeated rows and noise', () => {
    const data = new Uint8Array(5000);
    for (let i = 0; i < data.length; i++) data[i] = i < 1000 ? 7 : i < 3000 ? (i % 100) * 3 : (i * 2654435761) >>> 24;
    expect(inflate(deflateRepeats(data, { pixel: 3, row: 100 }))).toEqual(data);
  });

  it('round-trips an empty input and a single byte', () => {
    expect(inflate(deflateRepeats(new Uint8Array(0), { pixel: 3, row: 10 }))).toEqual(new Uint8Array(0));
    expect(inflate(deflateRepeats(Uint8Array.of(200), { pixel: 3, row: 10 }))).toEqual(Uint8Array.of(200));
  });
});

describe('combineAdler32', () => {
  const adler = (data: Uint8Array) => {
    let [a, b] = [1, 0];
    for (const value of data) [a, b] = [(a + value) % 65521, (b + ((a + value) % 65521)) % 65521];
    return ((b << 16) | a) >>> 0;
  };

  it('equals the checksum of the two parts joined', () => {
    const first = Uint8Array.from({ length: 7000 }, (_, i) => (i * 31) & 0xff);
    const second = Uint8Array.from({ length: 100_000 }, (_, i) => 255 - (i & 0xff));
    const joined = new Uint8Array([...first, ...second]);
    expect(combineAdler32(adler(first), adler(second), second.length)).toBe(adler(joined));
  });
});
