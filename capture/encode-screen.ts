import { canvasOf, encodeCanvas, PNG_BUDGET_BYTES, type EncodedImage } from './image';
import { prependRows, readPngHeader } from './png-band';
import { drawStampBand, drawStamped, type StampContent } from './stamp';

/**
 * From the browser's screenshot (a data URL) to the image that is stored. A PNG under the size
 * budget keeps the browser's own encoding, with the stamp band put above it as is
 * (capture/png-band.ts); anything else is drawn on a canvas and encoded again (capture/image.ts).
 * Both give the same pixels.
 */
export async function encodeScreen(
  dataUrl: string,
  stamp: StampContent | undefined,
  quality: number,
): Promise<EncodedImage> {
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'image/png';
  const bytes = bytesOfBase64(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const kept = type === 'image/png' ? keepBrowserPng(bytes, stamp) : undefined;
  if (kept) return kept;
  const screen = await createImageBitmap(new Blob([bytes], { type }));
  const canvas = stamp ? drawStamped(screen, stamp) : canvasOf(screen);
  screen.close();
  return encodeCanvas(canvas, quality);
}

/** The browser's PNG with the band above it, or undefined when the canvas must do it (see png-band.ts). */
function keepBrowserPng(bytes: Uint8Array, stamp: StampContent | undefined): EncodedImage | undefined {
  try {
    const header = readPngHeader(bytes);
    if (!header) return undefined;
    const band = stamp && bandPixels(header.width, stamp);
    const png = band ? prependRows(bytes, band) : stamp ? undefined : bytes;
    if (!png || png.length > PNG_BUDGET_BYTES) return undefined;
    return {
      blob: new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      width: header.width,
      height: header.height + (band?.height ?? 0),
    };
  } catch {
    return undefined; // a PNG this does not read as expected: the canvas path decodes it properly
  }
}

function bandPixels(width: number, stamp: StampContent): ImageData {
  const band = drawStampBand(width, stamp);
  return band.getContext('2d', { alpha: false })!.getImageData(0, 0, band.width, band.height);
}

const nativeFromBase64 = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;

function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  if (nativeFromBase64) return nativeFromBase64(base64) as Uint8Array<ArrayBuffer>;
  const binary = atob(base64);
  // A plain loop: Uint8Array.from with a mapping function is several times slower on a screen-sized PNG.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
