import { compactJstMinute } from '@/schemas/jst';
/**
 * Encoding under a size budget. Screenshots of ordinary admin pages compress well as PNG (sharp
 * text, exact colours); photos, gradients and large HiDPI screens do not, and then JPEG at the
 * user's quality setting is used when it is smaller. JPEG rather than WebP: every vendor desk
 * accepts JPEG attachments.
 */
export const PNG_BUDGET_BYTES = 400 * 1024;

export interface EncodedImage {
  blob: Blob;
  width: number;
  height: number;
}

export async function encodeCanvas(canvas: OffscreenCanvas, quality: number): Promise<EncodedImage> {
  const png = await canvas.convertToBlob({ type: 'image/png' });
  let blob = png;
  if (png.size > PNG_BUDGET_BYTES) {
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (jpeg.size < png.size) blob = jpeg;
  }
  return { blob, width: canvas.width, height: canvas.height };
}

export function canvasOf(image: ImageBitmap): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  return canvas;
}

/** 'image/png' → 'png', 'image/jpeg' → 'jpg'. */
export function extensionFor(mimeType: string): string {
  if (mimeType === 'text/plain') return 'txt';
  return mimeType === 'image/jpeg' ? 'jpg' : (mimeType.split('/')[1] ?? 'png');
}

/** Attachments are screenshots, or a text file such as a redacted SSO trace. */
export function attachmentKind(mimeType: string): 'screenshot' | 'sso-trace' {
  return mimeType.startsWith('image/') ? 'screenshot' : 'sso-trace';
}

/** A capture's bytes as base64, for runtime messages and mail attachments (neither carries Blobs). */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within engine limits for large images.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** 'screenshot-20261121-1435.png' */
export function captureFileName(capture: { createdAt: string; mimeType: string }): string {
  return `${attachmentKind(capture.mimeType)}-${compactJstMinute(new Date(capture.createdAt))}.${extensionFor(capture.mimeType)}`;
}
