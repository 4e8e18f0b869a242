import { describe, expect, it } from 'vitest';
import { linkedServiceIn, normalise, restrictionHints, restrictions } from './restrictions';

/**
 * Every seed-003 entry with situations it answers and near misses it must stay quiet on. A case
 * is a draft (description text and/or answers); the entry must (or must not) be among the hints.
 */
type Draft = Record<string, unknown>;
const said = (description: string, more: Draft = {}): Draft => ({ description, ...more });
const paths = ['description', 'externalService', 'tasks.t6.reason'];
const idsFor = (draft: Draft) =>
  restrictionHints(draft, paths).map((hint) => restrictions.find((r) => hint.message.ja.endsWith(r.message.ja))!.id);

const cases: Record<string, { positive: Draft[]; negative: Draft[] }> = {
  domainOwnership: {
    positive: [
      said('独自ドメインを登録しようとしたが所有権の確認が終わらない'),
      { tasks: { t2: { requested: true } } },
    ],
    negative: [
      said('ユーザのメールアドレスのドメイン部分を変更したい方法を知りたい'),
      { tasks: { t2: { requested: false } } },
    ],
  },
  linkedServiceFault: {
    positive: [
      said('Boxにログインできない'),
      said('Google Workspaceへのシングルサインオンが失敗する'),
      said('セールスフォースにSSOできない'),
      said('Ｍｉｃｒｏｓｏｆｔ　３６５にサインインできない'),
      said('マイクロソフト365のアプリでエラー'),
      { externalService: 'Salesforce' },
      { failurePoint: 'federatedService' },
      { federationScope: 'specific' },
      { m365: { concerned: true } },
    ],
    negative: [
      said('IIJ IDコンソールにログインできない'),
      said('メールボックス(mailbox)の容量について'),
      { failurePoint: 'iijId', federationScope: 'all', m365: { concerned: false } },
    ],
  },
  externalCommunication: {
    positive: [said('ディレクトリ同期で外部システムとの通信エラーが出る'), said('接続がタイムアウトする')],
    negative: [said('通信の暗号化方式を知りたい')],
  },
  globalIpChange: {
    positive: [
      said('ファイアウォールでIIJ IDのIPアドレスを許可している'),
      said('IIJ IDのグローバルIPアドレスが変わったようで連携できない'),
      said('社内のホワイトリストにIIJのアドレスを登録済み'),
    ],
    negative: [said('アクセス元のIPアドレスを確認する方法を知りたい')],
  },
  sharedFacilities: {
    positive: [said('APIを大量に呼び出したら利用を制限された'), said('HTTP 429 Too Many Requests が返る')],
    negative: [said('CSV一括登録の上限を知りたい')],
  },
  failover: {
    positive: [said('一時的にログインできなかったが数分で戻った'), said('夜間に瞬断があった')],
    negative: [said('ずっとログインできない'), said('統合Windows認証が一時的に使えなかった')],
  },
  attackTraffic: {
    positive: [said('通信が遮断されたと連絡があった'), said('DDoS攻撃を受けている')],
    negative: [said('通信量を知りたい')],
  },
  passwordResetLock: {
    positive: [said('パスワードリセットのメールが届かない'), said('パスワード再設定メールが送れない')],
    negative: [said('パスワードポリシーの文字数を変更したい')],
  },
  bestEffort: {
    positive: [said('ログイン画面の表示が遅い'), said('認証に時間がかかる')],
    negative: [said('ログイン画面が表示されない'), said('統合Windows認証が遅い')],
  },
  smartKeyDevices: {
    positive: [said('IIJ SmartKeyアプリが特定の機種で起動しない'), said('スマートキーが一部の端末で動作しない')],
    negative: [said('特定の機種でブラウザが起動しない'), said('IIJ SmartKeyの使い方を知りたい')],
  },
  smartKeyOsVersions: {
    positive: [
      said('iOSをアップデートしたらIIJ SmartKeyが使えない'),
      said('SmartKeyはAndroidのどのバージョンに対応か'),
    ],
    negative: [said('iOSをアップデートしたらブラウザでログインできない')],
  },
  mfaFallback: {
    positive: [said('多要素認証が求められずにログインできた'), said('パスワードだけでログインできてしまった')],
    negative: [said('多要素認証の設定方法を知りたい')],
  },
  smartKeyPush: {
    positive: [said('プッシュ通知が届かない'), said('ＰＵＳＨ通知が来ない'), said('SmartKeyに通知が届かない')],
    negative: [said('デバイス登録でSMSが届かない'), said('通知先メールアドレスを変更したい')],
  },
  twilioSms: {
    positive: [said('デバイス登録でSMSが届かない'), said('ＳＭＳが来ない'), said('スマホの登録ができない')],
    negative: [said('プッシュ通知が届かない'), said('SMSの料金について')],
  },
  iwaBackbone: {
    positive: [said('統合Windows認証を使いたい'), said('Kerberos認証でSSOできない')],
    negative: [said('Windows 11でログインできない')],
  },
  iwaConnectivity: {
    positive: [said('統合Windows認証でActive Directoryとの疎通がない')],
    negative: [said('統合Windows認証の設定手順'), said('Active Directoryとの疎通がない(Directory Sync)')],
  },
  iwaAdVersions: {
    positive: [
      said('統合Windows認証でWindows Server 2022のADを使う'),
      said('統合Windows認証、ＡＤはＷｉｎｄｏｗｓ　Ｓｅｒｖｅｒ　２０１２'),
    ],
    negative: [
      said('統合Windows認証でWindows Server 2019のADを使う'),
      said('Windows Server 2022のADからDirectory Sync'),
    ],
  },
  iwaSingle: {
    positive: [said('統合Windows認証が数分使えなかった')],
    negative: [said('統合Windows認証を新しく設定したい'), said('数分使えなかった')],
  },
  iwaShared: {
    positive: [said('統合Windows認証のIPアドレスを固定にしたい')],
    negative: [said('統合Windows認証の設定手順'), said('IPアドレスを確認したい')],
  },
  iwaPerformance: {
    positive: [said('統合Windows認証が遅い'), said('統合Windows認証のパフォーマンスが悪い')],
    negative: [said('統合Windows認証を使いたい'), said('画面が遅い')],
  },
  multiRegionNeedsIwa: {
    positive: [said('マルチリージョンオプションを申し込みたい')],
    negative: [said('リージョンを知りたい')],
  },
};

describe('seed 003 restrictions as data', () => {
  it('every entry of the seed is here once, each with examples', () => {
    expect(restrictions).toHaveLength(21);
    expect(new Set(restrictions.map((r) => r.id)).size).toBe(21);
    expect(Object.keys(cases).sort()).toEqual(restrictions.map((r) => r.id).sort());
  });

  describe.each(restrictions.map((r) => [r.id, r.section] as const))('%s (%s)', (id) => {
    it.each(cases[id]!.positive.map((draft) => [JSON.stringify(draft), draft] as const))(
      'applies to %s',
      (_, draft) => {
        expect(idsFor(draft)).toContain(id);
      },
    );
    it.each(cases[id]!.negative.map((draft) => [JSON.stringify(draft), draft] as const))('not to %s', (_, draft) => {
      expect(idsFor(draft)).not.toContain(id);
    });
  });

  it('hints sit beside the field they concern and never block', () => {
    const hints = restrictionHints(
      { description: '一時的に使えなかった', externalService: 'Box', failurePoint: 'federatedService' },
      paths,
    );
    expect(hints.map((h) => [h.level, h.path])).toEqual([
      ['hint', 'externalService'],
      ['hint', 'description'],
    ]);
  });

  it('names the linked service it recognised', () => {
    const [hint] = restrictionHints({ description: 'セールスフォースにSSOできない' }, paths);
    expect(hint?.message.ja).toMatch(/^「Salesforce」は連携サービスです。本サービスと連携する外部サービス/);
    expect(hint?.message.en).toMatch(/^Salesforce is a linked service\. /);
  });

  it('normalises width, case and katakana service names', () => {
    expect(normalise('Ｍｉｃｒｏｓｏｆｔ　３６５')).toBe('microsoft 365');
    expect(linkedServiceIn(normalise('マイクロソフト365'))).toBe('Microsoft 365');
    expect(linkedServiceIn(normalise('グーグルワークスペース'))).toBe('Google Workspace');
    expect(linkedServiceIn(normalise('ドロップボックス'))).toBe('Dropbox');
    expect(linkedServiceIn(normalise('ｂｏｘ'))).toBe('Box');
    expect(linkedServiceIn(normalise('inbox sandbox checkbox'))).toBeUndefined();
  });
});

describe('README', () => {
  it('lists every restriction the extension knows', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = readFileSync('README.md', 'utf8')
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const restriction of restrictions)
      expect(rows.some((cells) => cells[1] === `\`${restriction.id}\`` && cells[2] === restriction.section)).toBe(true);
  });
});
