import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emlBlob, emlFileName, emlText } from '@/mail/eml';

const message = {
  from: 'yamada.taro@example.co.jp',
  to: ['support@example.jp'],
  cc: ['sato.hanako@example.co.jp', 'team-ops@example.co.jp'],
  subject: '【IIJ IDサービス】ログインできない件について',
  body: '■マスターID：IIJ0001\r\n(1)突然発生しましたか？\r\n■突然発生\r\n絵文字🙂と<b>タグ</b>と & 記号',
  attachments: [],
};

const png = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 70_000 }, (_, i) => i % 256),
]);

async function parse(text: string) {
  return PostalMime.parse(text);
}

describe('emlText', () => {
  it('writes From, To, CC and a Japanese subject as UTF-8 headers that a MIME parser reads back', async () => {
    const raw = await emlText(message);
    expect(raw).toMatch(/^Subject: =\?utf-8\?B\?/im);
    expect(raw).not.toContain('ログイン'); // headers and body are encoded, the file is 7-bit
    const mail = await parse(raw);
    expect(mail.from?.address).toBe('yamada.taro@example.co.jp');
    expect(mail.to?.map((a) => a.address)).toEqual(['support@example.jp']);
    expect(mail.cc?.map((a) => a.address)).toEqual(['sato.hanako@example.co.jp', 'team-ops@example.co.jp']);
    expect(mail.subject).toBe('【IIJ IDサービス】ログインできない件について');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  });

  it('carries the body text exactly, as plain text (markup stays text)', async () => {
    const mail = await parse(await emlText(message));
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(message.body.replace(/\r\n/g, '\n'));
    expect(mail.html).toBeUndefined();
  });

  it('attaches captures with their names, types and exact sizes, Japanese names included', async () => {
    const raw = await emlText(message, [
      { name: 'capture-20261121-1435.png', type: 'image/png', blob: new Blob([png], { type: 'image/png' }) },
      { name: '画面キャプチャ 2.jpg', type: 'image/jpeg', blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])]) },
    ]);
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const mail = await parse(raw);
    expect(mail.attachments.map((a) => [a.filename, a.mimeType, (a.content as ArrayBuffer).byteLength])).toEqual([
      ['capture-20261121-1435.png', 'image/png', png.byteLength],
      ['画面キャプチャ 2.jpg', 'image/jpeg', 4],
    ]);
    expect(new Uint8Array(mail.attachments[0]!.content as ArrayBuffer)).toEqual(png);
  });

  it('produces an empty body for an empty mail', async () => {
    const mail = await parse(await emlText({ ...message, subject: 'A-12345678', body: '', cc: [] }));
    expect(mail.subject).toBe('A-12345678');
    expect(mail.text ?? '').toBe('');
    expect(mail.cc).toBeUndefined();
  });
});

describe('emlBlob and emlFileName', () => {
  it('is a message/rfc822 file named after the JST minute', async () => {
    const blob = await emlBlob(message);
    expect(blob.type).toBe('message/rfc822');
    expect((await parse(await blob.text())).subject).toBe(message.subject);
    expect(emlFileName(new Date('2026-11-21T05:35:00Z'))).toBe('inquiry-20261121-1435.eml');
  });
});
