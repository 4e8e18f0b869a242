import { describe, expect, it } from 'vitest';
import { SEED_000_OTHER_FORMAT_LINE } from '../iij-shared/seed-formats.fixture';
import { iijOtherInquiry } from '.';
import type { IijOtherInquiryInput } from './schema';

const now = new Date('2026-11-20T03:00:00Z'); // 2026-11-20 (Fri) 12:00 JST

const render = (input: IijOtherInquiryInput) => iijOtherInquiry.render(iijOtherInquiry.schema.parse(input));
const rulesOf = (input: IijOtherInquiryInput) => iijOtherInquiry.rules!(input, { now });

const minimal: IijOtherInquiryInput = {
  masterId: 'IIJ0001234',
  requesterName: '山田 太郎',
  serviceCode: 'iid00012345',
  description: 'CSV一括登録の上限を知りたい',
  userIds: ['admin@example.jp'],
  occurredAt: '2026-11-20T08:05',
};

/** Goldens: reviewed line by line against seed 000 「ログイン以外に関する事象について問い合わせをする場合」. */
const exampleGoldenSubject = 'CSVでのユーザ一括登録がエラーになる';
const exampleGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( IIJ IDコンソールでユーザをCSV一括登録すると「ファイルの形式が正しくありません」と表示されます。
文字コードはUTF-8(BOMなし)です。 )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( すべてのアカウント )
(3)対象のIIJ IDユーザのID
( admin@example.jp )(例:iij-taro@example.jp)
(4)事象を確認した具体的な日時
( 2026年11月19日 16時05分 )(日本時間)
(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか
(□突然発生・■初めての操作)
(利用できなくなった日時: 年 月 日 時 分)(日本時間)
(設定または環境の変更:□あり・□なし )(ありの場合は詳細記入: )
(6)利用環境の詳細情報
(OS: macOS バージョン: 15.1 )
(ブラウザ: Firefox バージョン: 132.0.2 )
(アプリケーションの名称: バージョン: )
(7)アクセス元IPアドレス(グローバルIPアドレス)
( 2001:240:1234::10 )
(8)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(□WEB・□アプリ・□両方)(バージョン: )
(9)Webゲートウェイやプロキシなどを利用しているか
(□Webゲートウェイ・□プロキシ・■使用していない)(製品名: )
(10)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(URL: https://console.iij.jp/users/import )
(添付ファイル: 1件 )
(11)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html`;

const outlookGoldenSubject = 'Outlookアプリで数分おきにサインインを求められます。';
const outlookGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( Outlookアプリで数分おきにサインインを求められます。 )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( 一部アカウントのみ )
(3)対象のIIJ IDユーザのID
( iij-taro@example.jp、iij-hanako@example.jp )(例:iij-taro@example.jp)
(4)事象を確認した具体的な日時
( 2026年11月20日 10時15分 )(日本時間)
(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか
(■突然発生・□初めての操作)
(利用できなくなった日時: 2026年11月20日 09時00分 )(日本時間)
(設定または環境の変更:□あり・■なし )(ありの場合は詳細記入: )
(6)利用環境の詳細情報
(OS: iOS バージョン: 18.1 )
(ブラウザ: バージョン: )
(アプリケーションの名称: Microsoft Outlook バージョン: 4.2445.0 )
(7)アクセス元IPアドレス(グローバルIPアドレス)
( 203.0.114.20, 2001:240:1234::10 )
(8)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(□WEB・■アプリ・□両方)(バージョン: 4.2445.0 )
(9)Webゲートウェイやプロキシなどを利用しているか
(■Webゲートウェイ・□プロキシ・□使用していない)(製品名: Zscaler Internet Access )
(10)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(11)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html`;

const emptyOptionalGoldenSubject = 'CSV一括登録の上限を知りたい';
const emptyOptionalGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( CSV一括登録の上限を知りたい )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( )
(3)対象のIIJ IDユーザのID
( admin@example.jp )(例:iij-taro@example.jp)
(4)事象を確認した具体的な日時
( 2026年11月20日 08時05分 )(日本時間)
(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか
(□突然発生・□初めての操作)
(利用できなくなった日時: 年 月 日 時 分)(日本時間)
(設定または環境の変更:□あり・□なし )(ありの場合は詳細記入: )
(6)利用環境の詳細情報
(OS: バージョン: )
(ブラウザ: バージョン: )
(アプリケーションの名称: バージョン: )
(7)アクセス元IPアドレス(グローバルIPアドレス)
( )
(8)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(□WEB・□アプリ・□両方)(バージョン: )
(9)Webゲートウェイやプロキシなどを利用しているか
(□Webゲートウェイ・□プロキシ・□使用していない)(製品名: )
(10)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(11)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html`;

describe('iij-other-inquiry render', () => {
  it('renders the filled example exactly', () => {
    const rendered = render(iijOtherInquiry.example);
    expect(rendered.subject).toBe(exampleGoldenSubject);
    expect(rendered.body).toBe(exampleGolden);
  });

  it('renders a Microsoft 365 app problem behind a web gateway exactly', () => {
    const rendered = render({
      ...minimal,
      description: 'Outlookアプリで数分おきにサインインを求められます。',
      scope: 'some',
      userIds: ['iij-taro@example.jp', 'iij-hanako@example.jp'],
      occurredAt: '2026-11-20T10:15',
      onset: 'sudden',
      unavailableSince: '2026-11-20T09:00',
      envChange: 'no',
      envChangeDetails: 'hidden', // only printed with あり
      env: { osName: 'iOS', osVersion: '18.1', appName: 'Microsoft Outlook', appVersion: '4.2445.0' },
      sourceIp: '203.0.114.20, 2001:240:1234::10',
      m365: { concerned: true, usage: 'app', version: '4.2445.0' },
      gateway: { kind: 'webGateway', product: 'Zscaler Internet Access' },
    });
    expect(rendered.subject).toBe(outlookGoldenSubject);
    expect(rendered.body).toBe(outlookGolden);
  });

  it('keeps empty optional items as the seed’s empty brackets', () => {
    expect(render(minimal).subject).toBe(emptyOptionalGoldenSubject);
    expect(render(minimal).body).toBe(emptyOptionalGolden);
  });

  it('an empty form is the seed’s format, character for character, once its lines are joined again', () => {
    const values = iijOtherInquiry.schema.parse(minimal);
    const empty = {
      ...values,
      masterId: '',
      requesterName: '',
      serviceCode: '',
      description: '',
      userIds: [],
      occurredAt: '',
    };
    const joined = iijOtherInquiry
      .render(empty)
      .body.split('\n')
      .filter((line) => line !== '')
      .join(' ');
    expect(joined).toBe(SEED_000_OTHER_FORMAT_LINE);
  });
});

describe('iij-other-inquiry rules', () => {
  it('a future 利用できなくなった日時 is an error when the problem started suddenly', () => {
    const errors = rulesOf({ ...minimal, onset: 'sudden', unavailableSince: '2026-11-21T09:00' }).filter(
      (m) => m.level === 'error',
    );
    expect(errors.map((e) => e.path)).toEqual(['unavailableSince']);
  });

  it('an empty source IP is a warning, not an error', () => {
    expect(rulesOf(minimal).map((m) => [m.level, m.path])).toEqual([['warning', 'sourceIp']]);
  });

  it('IPv6 ULA and link-local sources are refused', () => {
    for (const sourceIp of ['fd00::1', 'fe80::1', '::1']) {
      expect(iijOtherInquiry.schema.safeParse({ ...minimal, sourceIp }).success).toBe(false);
    }
  });

  it('mail delivery says it is not about logging in', () => {
    const mail = iijOtherInquiry.delivery.find((d) => d.kind === 'mail')!;
    const values = iijOtherInquiry.schema.parse(minimal);
    const profile = {
      id: 'p1',
      name: 'IIJ',
      isDefault: true,
      createdAt: '',
      updatedAt: '',
      vendor: 'iij' as const,
      masterId: 'IIJ0001234',
      requesterName: '山田 太郎',
      serviceCodes: ['iid00012345'],
      requesterEmail: 'taro@example.jp',
    };
    expect(mail.kind === 'mail' && mail.toMail(values, iijOtherInquiry.render(values), profile)).toMatchObject({
      from: 'taro@example.jp',
      subject: '【IIJ IDサービス】お問い合わせ(ログイン以外) CSV一括登録の上限を知りたい',
    });
  });
});
