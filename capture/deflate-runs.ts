/**
 * A small deflate encoder (RFC 1951) for the stamp band's scanlines, so a screenshot's own
 * compressed pixels can follow the band unchanged (capture/png-band.ts). The band is a few flat
 * colours and antialiased text: repeats of the previous pixel or of the row above cover most of
 * it, so those are the only matches searched, coded with the fixed Huffman table.
 *
 * The output is not a whole stream: it ends with an empty stored block (a "sync flush"), so it is
 * byte-aligned and not final, and another stream's blocks may follow it.
 */

const MAX_MATCH = 258;
const MIN_MATCH = 3;
const MAX_DISTANCE = 32_768;

const LENGTH_BASES = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASES = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA_BITS = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

/** The last table index whose base is at most `value`. */
function bucketOf(bases: number[], value: number): number {
  let index = bases.length - 1;
  while (bases[index]! > value) index--;
  return index;
}

class BitWriter {
  private bytes: Uint8Array;
  private length = 0;
  private pending = 0;
  private pendingBits = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  /** `count` bits of `value`, least significant first (how deflate packs everything but Huffman codes). */
  bits(value: number, count: number): void {
    this.pending |= value << this.pendingBits;
    this.pendingBits += count;
    while (this.pendingBits >= 8) {
      this.byte(this.pending & 0xff);
      this.pending >>>= 8;
      this.pendingBits -= 8;
    }
  }

  /** A Huffman code: deflate packs these most significant bit first. */
  code(code: number, length: number): void {
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((code >> i) & 1) << (length - 1 - i);
    this.bits(reversed, length);
  }

  alignToByte(): void {
    if (this.pendingBits > 0) this.bits(0, 8 - this.pendingBits);
  }

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Literal/length symbol in the fixed Huffman table (RFC 1951 3.2.6). */
function writeSymbol(out: BitWriter, symbol: number): void {
  if (symbol < 144) out.code(0x30 + symbol, 8);
  else if (symbol < 256) out.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) out.code(symbol - 256, 7);
  else out.code(0xc0 + symbol - 280, 8);
}

function writeMatch(out: BitWriter, length: number, distance: number): void {
  const lengthIndex = bucketOf(LENGTH_BASES, length);
  writeSymbol(out, 257 + lengthIndex);
  out.bits(length - LENGTH_BASES[lengthIndex]!, LENGTH_EXTRA_BITS[lengthIndex]!);
  const distanceIndex = bucketOf(DISTANCE_BASES, distance);
  out.code(distanceIndex, 5);
  out.bits(distance - DISTANCE_BASES[distanceIndex]!, DISTANCE_EXTRA_BITS[distanceIndex]!);
}

function matchLength(data: Uint8Array, at: number, distance: number): number {
  if (distance > at || distance > MAX_DISTANCE) return 0;
  const limit = Math.min(MAX_MATCH, data.length - at);
  let length = 0;
  while (length < limit && data[at + length] === data[at + length - distance]) length++;
  return length;
}

/**
 * Deflate blocks for `data`, matching only at distance `pixel` (the same colour again) and `row`
 * (the row above). Byte-aligned and not final: see the module comment.
 */
export function deflateRepeats(data: Uint8Array, repeats: { pixel: number; row: number }): Uint8Array {
  const out = new BitWriter(data.length >> 3);
  out.bits(0, 1); // not the final block
  out.bits(1, 2); // fixed Huffman codes
  for (let at = 0; at < data.length;) {
    const byPixel = matchLength(data, at, repeats.pixel);
    const byRow = matchLength(data, at, repeats.row);
    const length = Math.max(byPixel, byRow);
    if (length >= MIN_MATCH) {
      writeMatch(out, length, byRow >= byPixel ? repeats.row : repeats.pixel);
      at += length;
    } else {
      writeSymbol(out, data[at]!);
      at++;
    }
  }
  writeSymbol(out, 256); // end of block
  // Sync flush: an empty stored block, not final, whose length fields start on a byte boundary.
  out.bits(0, 3);
  out.alignToByte();
  for (const value of [0x00, 0x00, 0xff, 0xff]) out.byte(value);
  return out.result();
}
