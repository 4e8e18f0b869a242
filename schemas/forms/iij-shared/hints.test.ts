import { describe, expect, it } from 'vitest';
import { restrictionHintsFor } from './hints';

const hintFor = (...texts: string[]) => restrictionHintsFor(texts).map((hint) => hint.message.ja);

describe('seed-003 restriction hints', () => {
  it('federated services such as Microsoft 365 are outside IIJ support', () => {
    expect(hintFor('Teamsにサインインできない')).toEqual([
      expect.stringContaining('連携サービスに起因する内容のお問い合わせはIIJでは受けられません'),
    ]);
    expect(restrictionHintsFor(['サインインできない'], true)).toHaveLength(1);
  });

  it('many password-reset mails lock sending for a while', () => {
    expect(hintFor('パスワードリセットのメールが届かない')).toEqual([
      expect.stringContaining('メール送信を一定期間ロックすることがあります'),
    ]);
  });

  it('MFA push not arriving → 「サービスリストの更新」 in IIJ SmartKey', () => {
    expect(hintFor('プッシュ通知が届かない')).toEqual([expect.stringContaining('「サービスリストの更新」')]);
  });

  it('a failover can make the service unavailable for a few minutes', () => {
    expect(hintFor('一時的にログインできなかった')).toEqual([
      expect.stringContaining('数分程度サービスを利用できない'),
    ]);
  });

  it('is quiet when nothing matches, and hints never block', () => {
    expect(hintFor('CSVの形式を知りたい')).toEqual([]);
    expect(restrictionHintsFor(['Microsoft 365 パスワードリセット']).every((hint) => hint.level === 'hint')).toBe(true);
  });
});
