import { canvasOf, encodeCanvas, type EncodedImage } from './image';

/** A rectangle in the image's own pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clamps a rectangle (possibly dragged right-to-left or past the edge) into the image. */
export function normalizeRect(rect: Rect, imageWidth: number, imageHeight: number): Rect {
  const x1 = Math.max(0, Math.min(rect.x, rect.x + rect.width));
  const y1 = Math.max(0, Math.min(rect.y, rect.y + rect.height));
  const x2 = Math.min(imageWidth, Math.max(rect.x, rect.x + rect.width));
  const y2 = Math.min(imageHeight, Math.max(rect.y, rect.y + rect.height));
  return {
    x: Math.round(x1),
    y: Math.round(y1),
    width: Math.max(0, Math.round(x2 - x1)),
    height: Math.max(0, Math.round(y2 - y1)),
  };
}

/** Paints the rectangles solid black and re-encodes; the result is a new image, pixels gone. */
export async function redactImage(image: Blob, rects: Rect[], quality: number): Promise<EncodedImage> {
  const bitmap = await createImageBitmap(image);
  const canvas = canvasOf(bitmap);
  bitmap.close();
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#000000';
  for (const rect of rects) {
    const r = normalizeRect(rect, canvas.width, canvas.height);
    ctx.fillRect(r.x, r.y, r.width, r.height);
  }
  return encodeCanvas(canvas, quality);
}
