import { deflateRepeats } from './deflate-runs';

/**
 * Puts rows above a PNG without decoding it: the band's rows are compressed on their own and the
 * screenshot's compressed rows follow unchanged. Decoding a screen-sized PNG, drawing it and
 * encoding it again is most of a capture's time; this is a fraction of it, and the pixels are the
 * same. Answers undefined for a PNG it does not handle (the caller draws on a canvas instead).
 *
 * Why it is sound: a deflate stream's back-references only reach into its own earlier output, so
 * the screenshot's blocks decode the same after the band's; a PNG row's filter may refer to the
 * row above, which for the screenshot's first row was all zeros, so the band's last row must be
 * all zero bytes (a black line in RGB); the zlib checksum is combined arithmetically.
 */

/** Rows as canvas ImageData holds them: RGBA, 4 bytes a pixel. */
export interface RgbaRows {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ADLER_MODULUS = 65_521;
// Truecolour and truecolour with alpha, 8 bits a sample: what browsers' tab captures are.
const BYTES_PER_PIXEL: Record<number, number> = { 2: 3, 6: 4 };
// Ancillary chunks that stay true when rows are added; any other chunk ends the attempt.
const KEPT_CHUNKS = new Set(['sRGB', 'gAMA', 'cHRM', 'iCCP', 'pHYs', 'sBIT', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

interface Chunk {
  type: string;
  data: Uint8Array;
}

let crcTable: Uint32Array | undefined;

function crc32(parts: Uint8Array[]): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const part of parts) for (const value of part) crc = crcTable[(crc ^ value) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Reduced every 5552 bytes (zlib's block), so the sums stay small exact integers.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(data.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_MODULUS;
    b %= ADLER_MODULUS;
  }
  return ((b << 16) | a) >>> 0;
}

/** The checksum of `first` followed by `second`, from each one's checksum and the second's length. */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const mod = (value: number) => ((value % ADLER_MODULUS) + ADLER_MODULUS) % ADLER_MODULUS;
  const [a1, b1] = [first & 0xffff, first >>> 16];
  const [a2, b2] = [second & 0xffff, second >>> 16];
  const n = secondLength % ADLER_MODULUS;
  // Each byte of the second part adds the running sum to b: that sum starts at a1 instead of 1.
  const a = mod(a1 + a2 - 1);
  const b = mod(b1 + b2 + n * (a1 - 1));
  return ((b << 16) | a) >>> 0;
}

function readChunks(png: Uint8Array): Chunk[] | undefined {
  if (png.length < 8 || SIGNATURE.some((value, i) => png[i] !== value)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) return undefined;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') return chunks;
  }
  return undefined;
}

function headerOf(chunks: Chunk[] | undefined): PngHeader | undefined {
  const header = chunks?.[0];
  if (header?.type !== 'IHDR' || header.data.length !== 13) return undefined;
  const view = new DataView(header.data.buffer, header.data.byteOffset, 13);
  return {
    width: view.getUint32(0),
    height: view.getUint32(4),
    bitDepth: header.data[8]!,
    colorType: header.data[9]!,
    interlace: header.data[12]!,
  };
}

export function readPngHeader(png: Uint8Array): PngHeader | undefined {
  return headerOf(readChunks(png));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

function encodeChunk({ type, data }: Chunk): Uint8Array {
  const typeBytes = Uint8Array.from(type, (c) => c.charCodeAt(0));
  return concat([uint32(data.length), typeBytes, data, uint32(crc32([typeBytes, data]))]);
}

/** The band as PNG scanlines (filter byte 0, then the pixels), or undefined when its last row is not all zeros. */
function bandScanlines(band: RgbaRows, bytesPerPixel: number): Uint8Array | undefined {
  const stride = 1 + band.width * bytesPerPixel;
  const lines = new Uint8Array(stride * band.height);
  for (let y = 0, source = 0; y < band.height; y++) {
    let at = y * stride + 1;
    for (let x = 0; x < band.width; x++, source += 4) {
      lines[at++] = band.data[source]!;
      lines[at++] = band.data[source + 1]!;
      lines[at++] = band.data[source + 2]!;
      if (bytesPerPixel === 4) lines[at++] = band.data[source + 3]!;
    }
  }
  return lines.subarray(lines.length - stride).every((value) => value === 0) ? lines : undefined;
}

/** `band` above the image in `png`, as a new PNG; undefined when `png` is not one this handles. */
export function prependRows(png: Uint8Array, band: RgbaRows): Uint8Array | undefined {
  const chunks = readChunks(png);
  const header = headerOf(chunks);
  const bytesPerPixel = header && BYTES_PER_PIXEL[header.colorType];
  if (!chunks || !header || !bytesPerPixel || header.bitDepth !== 8 || header.interlace !== 0) return undefined;
  if (band.width !== header.width || band.height < 1) return undefined;
  if (chunks.some((c) => !['IHDR', 'IDAT', 'IEND'].includes(c.type) && !KEPT_CHUNKS.has(c.type))) return undefined;
  const stream = concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  // zlib: deflate (method 8), no preset dictionary, a valid header check; then blocks and the checksum.
  if (stream.length < 6 || (stream[0]! & 0x0f) !== 8 || stream[1]! & 0x20 || ((stream[0]! << 8) | stream[1]!) % 31)
    return undefined;
  const lines = bandScanlines(band, bytesPerPixel);
  if (!lines) return undefined;

  const stride = 1 + header.width * bytesPerPixel;
  const screenAdler = new DataView(stream.buffer, stream.byteOffset + stream.length - 4, 4).getUint32(0);
  const adler = combineAdler32(adler32(lines), screenAdler, stride * header.height);
  const idat = concat([
    Uint8Array.of(0x78, 0x01), // zlib header declaring the largest window: the band's matches may reach 32 KB back
    deflateRepeats(lines, { pixel: bytesPerPixel, row: stride }),
    stream.subarray(2, stream.length - 4),
    uint32(adler),
  ]);
  const ihdr = chunks[0]!.data.slice();
  new DataView(ihdr.buffer).setUint32(4, header.height + band.height);

  const out: Uint8Array[] = [Uint8Array.from(SIGNATURE)];
  let idatWritten = false;
  for (const chunk of chunks) {
    if (chunk.type === 'IHDR') out.push(encodeChunk({ type: 'IHDR', data: ihdr }));
    else if (chunk.type !== 'IDAT') out.push(encodeChunk(chunk));
    else if (!idatWritten) {
      out.push(encodeChunk({ type: 'IDAT', data: idat }));
      idatWritten = true;
    }
  }
  return concat(out);
}
