import type { FillFile } from '@/schemas/fill';

/** Rebuilds a File from its message form. */
export function toFile(file: FillFile): File {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  return new File([bytes], file.name, { type: file.type });
}

/** Zendesk help centers (Pentio) refuse ZIP archives, encrypted or not. */
export function isZip(file: FillFile): boolean {
  return /\.zip$/i.test(file.name) || /zip/i.test(file.type);
}
