import { formatJstDate, toJstDate, toJstMinute } from '@/schemas/jst';

/**
 * The stamp band: the page's full URL and the JST time, drawn above the screenshot the way an
 * address bar would be, so vendors see where and when the screen was. Layout is pure (text
 * measured through a callback) so wrapping can be tested without a canvas.
 */
export interface StampContent {
  pageUrl: string;
  frameUrl?: string;
  at: Date;
}

export interface StampLayout {
  fontSize: number;
  lineHeight: number;
  padding: number;
  bandHeight: number;
  lines: string[];
}

/** Width of `text` drawn at `fontSize` pixels. */
export type Measure = (text: string, fontSize: number) => number;

export const STAMP_BACKGROUND = '#1b2a41';
const STAMP_FOREGROUND = '#ffffff';
const STAMP_SEPARATOR = '#000000';
const STAMP_FONT_FAMILY = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", "Meiryo", system-ui, sans-serif';
// URLs have no spaces: prefer breaking after these, when the break is not too early in the line.
const SOFT_BREAKS = new Set(['/', '?', '&', '=', '#', '.', '-', '_', ' ']);

/** Greedy wrap by characters (code points), preferring breaks after URL separators. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let rest = [...text];
  // With maxLines, the last line is whatever is left, unwrapped (wrapCapped shortens it).
  while (rest.length > 0 && lines.length < maxLines - 1 && measure(rest.join('')) > maxWidth) {
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1).join('')) <= maxWidth) fit++;
    let soft = -1;
    for (let i = fit - 1; i >= 0 && soft < 0; i--) if (SOFT_BREAKS.has(rest[i] ?? '')) soft = i;
    const cut = soft + 1 >= Math.ceil(fit * 0.6) ? soft + 1 : fit;
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || lines.length === 0) lines.push(rest.join(''));
  return lines;
}

// A sign-in redirect's URL runs to thousands of characters: the band shows its start, the capture
// keeps all of it (pageUrl, frameUrl).
export const MAX_URL_LINES = 4;

/** `text` wrapped to at most MAX_URL_LINES lines; the last ends in '…' when some was left out. */
function wrapCapped(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines = wrapText(text, maxWidth, measure, MAX_URL_LINES + 1);
  if (lines.length <= MAX_URL_LINES) return lines;
  const last = [...lines[MAX_URL_LINES - 1]!];
  while (last.length > 0 && measure(`${last.join('')}…`) > maxWidth) last.pop();
  return [...lines.slice(0, MAX_URL_LINES - 1), `${last.join('')}…`];
}

/** '2026年11月21日 14:35 JST' */
export function stampTime(at: Date): string {
  return `${formatJstDate(toJstDate(at))} ${toJstMinute(at).slice(11)} JST`;
}

export function layoutStamp(content: StampContent, imageWidth: number, measure: Measure): StampLayout {
  const fontSize = Math.min(32, Math.max(12, Math.round(imageWidth / 80)));
  const padding = Math.round(fontSize * 0.6);
  const lineHeight = Math.round(fontSize * 1.4);
  const width = imageWidth - 2 * padding;
  const wrap = (line: string) => wrapCapped(line, width, (s) => measure(s, fontSize));
  const lines = [
    ...wrap(`URL: ${content.pageUrl}`),
    ...(content.frameUrl && content.frameUrl !== content.pageUrl ? wrap(`Frame: ${content.frameUrl}`) : []),
    stampTime(content.at),
  ];
  return { fontSize, lineHeight, padding, lines, bandHeight: lines.length * lineHeight + 2 * padding };
}

function fontOf(fontSize: number): string {
  return `${fontSize}px ${STAMP_FONT_FAMILY}`;
}

/**
 * The band alone, `width` wide. Its last row is black: the screenshot's first row may be encoded
 * relative to an all-zero row above it (capture/png-band.ts), and black is that row in RGB.
 */
export function drawStampBand(width: number, content: StampContent): OffscreenCanvas {
  const measuring = new OffscreenCanvas(1, 1).getContext('2d')!;
  const layout = layoutStamp(content, width, (s, size) => {
    measuring.font = fontOf(size);
    return measuring.measureText(s).width;
  });
  const canvas = new OffscreenCanvas(width, layout.bandHeight);
  // Screenshots and the band are opaque: an opaque canvas draws and encodes the same pixels faster.
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.fillStyle = STAMP_BACKGROUND;
  ctx.fillRect(0, 0, width, layout.bandHeight - 1);
  ctx.fillStyle = STAMP_SEPARATOR;
  ctx.fillRect(0, layout.bandHeight - 1, width, 1);
  ctx.fillStyle = STAMP_FOREGROUND;
  ctx.font = fontOf(layout.fontSize);
  ctx.textBaseline = 'top';
  layout.lines.forEach((line, i) =>
    ctx.fillText(
      line,
      layout.padding,
      layout.padding + i * layout.lineHeight + (layout.lineHeight - layout.fontSize) / 2,
    ),
  );
  return canvas;
}

/** A canvas holding the band followed by the screenshot, for screenshots png-band.ts does not handle. */
export function drawStamped(image: ImageBitmap, content: StampContent): OffscreenCanvas {
  const band = drawStampBand(image.width, content);
  const canvas = new OffscreenCanvas(image.width, image.height + band.height);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.drawImage(band, 0, 0);
  ctx.drawImage(image, 0, band.height);
  return canvas;
}
