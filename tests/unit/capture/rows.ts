import type { CaptureRow } from '@/storage/schema';

/** A stored capture with a tiny stand-in image. */
export function captureRow(id: string, createdAt: string, extra: Partial<CaptureRow> = {}): CaptureRow {
  return {
    id,
    createdAt,
    pageUrl: `https://help.iij.ad.jp/${id}`,
    title: id,
    image: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
    mimeType: 'image/png',
    width: 1,
    height: 1,
    bytes: 4,
    stamped: true,
    redacted: false,
    ...extra,
  };
}
