import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, fitsMailto, mailtoUrl } from '@/mail/mailto';

const base = { to: ['support@example.jp'], cc: [], subject: '', body: '', attachments: [] };

/** What a mail app reads out of the URL: RFC 6068 hfields, percent-decoded as UTF-8. */
function readMailto(url: string) {
  const parsed = new URL(url);
  const fields = new URLSearchParams(parsed.search);
  return {
    protocol: parsed.protocol,
    to: decodeURIComponent(parsed.pathname).split(','),
    cc: fields.get('cc')?.split(',') ?? [],
    subject: fields.get('subject'),
    body: fields.get('body'),
  };
}

describe('mailtoUrl', () => {
  it('round-trips To, CC, a Japanese subject and a multi-line Japanese body through URL parsing', () => {
    const url = mailtoUrl({
      ...base,
      to: ['support@example.jp', 'desk+jp@example.jp'],
      cc: ['sato.hanako@example.co.jp'],
      subject: '【問い合わせ】ログインできない & 100% 件 #1',
      body: '■突然発生\n□初めての操作\r\n発生日時：2026年11月21日 14時35分\n記号 ?&=+#% と絵文字🙂',
    });
    expect(url).not.toMatch(/[^\x21-\x7e]/); // nothing but printable ASCII: no raw Japanese, spaces or newlines
    expect(readMailto(url)).toEqual({
      protocol: 'mailto:',
      to: ['support@example.jp', 'desk+jp@example.jp'],
      cc: ['sato.hanako@example.co.jp'],
      subject: '【問い合わせ】ログインできない & 100% 件 #1',
      body: '■突然発生\r\n□初めての操作\r\n発生日時：2026年11月21日 14時35分\r\n記号 ?&=+#% と絵文字🙂',
    });
  });

  it('writes spaces as %20, not +, so mail apps that do not decode + keep them', () => {
    expect(mailtoUrl({ ...base, subject: 'a b' })).toBe('mailto:support@example.jp?subject=a%20b');
  });

  it('leaves the body out of an empty mail', () => {
    const url = mailtoUrl({ ...base, subject: 'A-1234', cc: ['a@example.jp', 'b@example.jp'] });
    expect(url).toBe('mailto:support@example.jp?cc=a@example.jp,b@example.jp&subject=A-1234');
    expect(readMailto(url).body).toBeNull();
  });
});

describe('fitsMailto', () => {
  it('accepts a URL of exactly the limit and refuses one character more', () => {
    const subject = 'a'.repeat(MAILTO_MAX_LENGTH - mailtoUrl(base).length);
    expect(fitsMailto(mailtoUrl({ ...base, subject }))).toBe(true);
    expect(fitsMailto(mailtoUrl({ ...base, subject: `${subject}a` }))).toBe(false);
  });

  it('refuses a Japanese body of about 220 characters (9 URL characters each)', () => {
    expect(fitsMailto(mailtoUrl({ ...base, subject: '件名', body: 'あ'.repeat(200) }))).toBe(true);
    expect(fitsMailto(mailtoUrl({ ...base, subject: '件名', body: 'あ'.repeat(220) }))).toBe(false);
  });
});
