import { describe, expect, it } from 'vitest';
import { layoutStamp, MAX_URL_LINES, stampTime, wrapText } from '@/capture/stamp';

// Monospace stand-in for canvas text metrics: half-width 0.6 em, full-width (Japanese) 1 em.
const measure = (s: string, size: number) =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? size : size * 0.6), 0);

describe('stamp layout', () => {
  it('shows the JST time as 年月日 時:分 whatever the instant’s zone', () => {
    expect(stampTime(new Date('2026-11-21T05:35:10Z'))).toBe('2026年11月21日 14:35 JST');
    expect(stampTime(new Date('2026-12-31T15:00:00Z'))).toBe('2027年01月01日 00:00 JST');
  });

  it('puts a short URL on one line above the time', () => {
    const layout = layoutStamp(
      { pageUrl: 'https://help.iij.ad.jp/', at: new Date('2026-11-21T05:35:00Z') },
      1280,
      measure,
    );
    expect(layout.lines).toEqual(['URL: https://help.iij.ad.jp/', '2026年11月21日 14:35 JST']);
    expect(layout.fontSize).toBe(16);
    expect(layout.bandHeight).toBe(2 * layout.lineHeight + 2 * layout.padding);
  });

  it('wraps a long URL over several lines, every line fitting, the full URL kept', () => {
    const url = `https://support.onelogin.jp/hc/ja/requests/new?ticket_form_id=360000123456&tf_subject=${'a'.repeat(300)}&return_to=%2Fhc%2Fja`;
    const layout = layoutStamp({ pageUrl: url, at: new Date() }, 800, measure);
    const urlLines = layout.lines.slice(0, -1);
    expect(urlLines.length).toBeGreaterThan(3);
    expect(urlLines.join('')).toBe(`URL: ${url}`);
    for (const line of urlLines) expect(measure(line, layout.fontSize)).toBeLessThanOrEqual(800 - 2 * layout.padding);
  });

  it('shows at most four lines of a very long URL (a sign-in redirect), the last ending in …', () => {
    const url = `https://login.example.jp/saml2?SAMLRequest=${'nZJBb9swDIX'.repeat(500)}&RelayState=abc`;
    const layout = layoutStamp({ pageUrl: url, frameUrl: url.replace('login', 'idp'), at: new Date() }, 1280, measure);
    expect(layout.lines).toHaveLength(2 * MAX_URL_LINES + 1);
    const [pageLines, frameLines] = [layout.lines.slice(0, 4), layout.lines.slice(4, 8)];
    for (const lines of [pageLines, frameLines]) {
      expect(lines.at(-1)).toMatch(/…$/);
      for (const line of lines) expect(measure(line, layout.fontSize)).toBeLessThanOrEqual(1280 - 2 * layout.padding);
    }
    expect(`URL: ${url}`.startsWith(pageLines.join('').slice(0, -1))).toBe(true);
    expect(layout.bandHeight).toBe(9 * layout.lineHeight + 2 * layout.padding);
  });

  it('prefers to break after a URL separator when one is near the end of the line', () => {
    expect(wrapText('https://example.jp/path/to/page', 20, (s) => s.length)).toEqual([
      'https://example.jp/',
      'path/to/page',
    ]);
    // A separator early in the line would waste the line: break hard instead.
    expect(wrapText('https://x/aaaaaaaaaaaaaaaaaaaa', 20, (s) => s.length)).toEqual([
      'https://x/aaaaaaaaaa',
      'aaaaaaaaaa',
    ]);
  });

  it('wraps Japanese text by characters without splitting surrogate pairs', () => {
    const lines = wrapText('https://例え.jp/お問い合わせ/𠮷野家/詳細ページ', 10, (s) => [...s].length);
    expect(lines.join('')).toBe('https://例え.jp/お問い合わせ/𠮷野家/詳細ページ');
    expect(lines.every((line) => [...line].length <= 10)).toBe(true);
    expect(lines.some((line) => line.includes('\ud842') && !line.includes('𠮷'))).toBe(false);
  });

  it('adds the frame URL only when it differs from the page URL', () => {
    const at = new Date('2026-11-21T05:35:00Z');
    expect(layoutStamp({ pageUrl: 'https://a.jp/', frameUrl: 'https://a.jp/', at }, 1280, measure).lines).toHaveLength(
      2,
    );
    expect(layoutStamp({ pageUrl: 'https://a.jp/', frameUrl: 'https://b.jp/frame', at }, 1280, measure).lines).toEqual([
      'URL: https://a.jp/',
      'Frame: https://b.jp/frame',
      '2026年11月21日 14:35 JST',
    ]);
  });
});
