import { describe, expect, it } from 'vitest';
import { pentioProfileSchema } from '../../vendors/pentio/profile';
import { pentioRequest } from '.';

const now = new Date('2026-11-20T03:00:00Z');
const profile = pentioProfileSchema.parse({
  id: 'p1',
  name: 'OneLogin',
  vendor: 'pentio',
  accountType: 'personal',
  groupEmail: 'it@example.jp',
  oneLoginAccountId: '123456',
});

describe('pentio-request: the OneLogin Account ID and the captures Pentio asks for', () => {
  it('the profile’s Account ID is filled in and opens 詳細, so Pentio knows the tenant', () => {
    const defaults = pentioRequest.defaults({ now, profile });
    expect(defaults).toMatchObject({ oneLoginAccountId: '123456' });
    const body = pentioRequest.render(
      pentioRequest.schema.parse({ ...pentioRequest.example, oneLoginAccountId: '123456' }),
    ).body;
    expect(body.startsWith('【OneLogin Account ID】\n123456\n\n【お問い合わせの種類】')).toBe(true);
  });

  it('without an Account ID the text is as before; full-width digits are folded; letters refused', () => {
    const body = pentioRequest.render(pentioRequest.schema.parse(pentioRequest.example)).body;
    expect(body).not.toContain('OneLogin Account ID');
    expect(
      pentioRequest.schema.parse({ ...pentioRequest.example, oneLoginAccountId: '１２３４５６' }).oneLoginAccountId,
    ).toBe('123456');
    expect(
      pentioRequest.schema
        .safeParse({ ...pentioRequest.example, oneLoginAccountId: 'acme' })
        .error?.issues.map((i) => i.message),
    ).toEqual(['OneLogin Account ID は数字で入力してください']);
  });

  it('a troubleshooting request without attachments gets seed 002’s advice to attach captures', () => {
    const hints = pentioRequest.rules!({ ...pentioRequest.example, attachments: [] }, { now }).filter(
      (m) => m.path === 'attachments',
    );
    expect(hints).toEqual([
      expect.objectContaining({
        level: 'hint',
        message: expect.objectContaining({
          ja: expect.stringContaining(
            'トラブルシュートの場合には添付ファイル(オプション)に画面キャプチャなどを添えて頂くと調査がスムーズに進行します',
          ),
        }),
      }),
    ]);
    expect(pentioRequest.rules!(pentioRequest.example, { now }).filter((m) => m.path === 'attachments')).toEqual([]);
    expect(
      pentioRequest.rules!({ ...pentioRequest.example, inquiryType: 'question', attachments: [] }, { now }).filter(
        (m) => m.path === 'attachments',
      ),
    ).toEqual([]);
  });
});
