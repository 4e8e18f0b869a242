import { describe, expect, it } from 'vitest';
import { SEED_000_LOGIN_FORMAT_LINE } from '../iij-shared/seed-formats.fixture';
import { iijLoginInquiry } from '.';
import type { IijLoginInquiryInput } from './schema';

const now = new Date('2026-11-20T03:00:00Z'); // 2026-11-20 (Fri) 12:00 JST

const render = (input: IijLoginInquiryInput) => iijLoginInquiry.render(iijLoginInquiry.schema.parse(input));
const errorsOf = (input: unknown) =>
  (iijLoginInquiry.schema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
const rulesOf = (input: IijLoginInquiryInput) => iijLoginInquiry.rules!(input, { now });

const minimal: IijLoginInquiryInput = {
  masterId: 'IIJ0001234',
  requesterName: '山田 太郎',
  serviceCode: 'iid00012345',
  description: 'ログインできない',
  userIds: ['iij-taro@example.jp'],
  occurredAt: '2026-11-20T08:05',
};

/** Goldens: reviewed line by line against seed 000 「ログインに関する事象について問い合わせをする場合」. */
const exampleGoldenSubject = 'Microsoft 365へのSSOで「AADSTS50107」が表示されログインできません。';
const exampleGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( Microsoft 365へのSSOで「AADSTS50107」が表示されログインできません。
手順: portal.office.com を開く → IIJ IDでログイン → エラー )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( 一部アカウントのみ )
(3)対象のIIJ IDユーザのID
( iij-taro@example.jp、iij-hanako@example.jp )(例:iij-taro@example.jp)
(4)事象を確認した具体的な日時
( 2026年11月19日 09時41分 )(日本時間)
(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか
(■突然発生・□初めての操作)
(利用できなくなった日時: 2026年11月19日 09時30分 )(日本時間)
(設定または環境の変更:■あり・□なし )(ありの場合は詳細記入: 2026-11-18にドメインの証明書を更新 )
(6)利用環境の詳細情報
(OS: Windows 11 バージョン: 24H2 )
(ブラウザ: Google Chrome バージョン: 131.0.6778.86 )
(アプリケーションの名称: バージョン: )
(7)アクセス元IPアドレス(グローバルIPアドレス)
( 203.0.114.10 )
(8)ログインしようとしている外部サービス
( Microsoft 365 )
(9)すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか
(□すべての連携サービスにログインできない / ■特定の連携サービスのみ)
(10)連携サービスにログインできない場合、以下の利用方法の違いでログインの可否が変わるか
(SP initiated SSOの場合: ログインできない )
(IdP initiated SSOの場合: ログインできる )
(11)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(■WEB・□アプリ・□両方)(バージョン: )
(12)Webゲートウェイやプロキシなどを利用しているか
(□Webゲートウェイ・■プロキシ・□使用していない)(製品名: Squid 6.10 )
(13)IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか
(□IIJ ID・■連携サービス)
(IIJ IDコンソールへのログインの可否:■できる・□できない)
(14)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(URL: https://login.microsoftonline.com/ )
(添付ファイル: 2件 )
(15)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html`;

const consoleGoldenSubject = 'IIJ IDコンソールにログインすると「認証に失敗しました」と表示されます。';
const consoleGolden = `マスターID:IIJ0009999(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:佐藤 花子(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345、iid00067890

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( IIJ IDコンソールにログインすると「認証に失敗しました」と表示されます。 )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( すべてのアカウント )
(3)対象のIIJ IDユーザのID
( iij-taro@example.jp )(例:iij-taro@example.jp)
(4)事象を確認した具体的な日時
( 2026年11月20日 08時05分 )(日本時間)
(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか
(□突然発生・■初めての操作)
(利用できなくなった日時: 年 月 日 時 分)(日本時間)
(設定または環境の変更:□あり・□なし )(ありの場合は詳細記入: )
(6)利用環境の詳細情報
(OS: macOS バージョン: 15.1 )
(ブラウザ: Safari バージョン: 18.1 )
(アプリケーションの名称: バージョン: )
(7)アクセス元IPアドレス(グローバルIPアドレス)
( 2001:240:1234::10 )
(8)ログインしようとしている外部サービス
( IIJ IDコンソール )
(9)すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか
(□すべての連携サービスにログインできない / □特定の連携サービスのみ)
(10)連携サービスにログインできない場合、以下の利用方法の違いでログインの可否が変わるか
(SP initiated SSOの場合: )
(IdP initiated SSOの場合: )
(11)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(□WEB・□アプリ・□両方)(バージョン: )
(12)Webゲートウェイやプロキシなどを利用しているか
(□Webゲートウェイ・□プロキシ・■使用していない)(製品名: )
(13)IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか
(■IIJ ID・□連携サービス)
(IIJ IDコンソールへのログインの可否:□できる・□できない)
(14)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(15)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html
( Directory Sync(WinAD版) 3.2.0
ログ: 添付のとおり )`;

const emptyOptionalGoldenSubject = 'ログインできない';
const emptyOptionalGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。

(1)問い合わせ内容
( ログインできない )
(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか
( )
(3)対象のIIJ IDユーザのID
( iij-taro@example.jp )(例:iij-taro@example.jp)
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
(8)ログインしようとしている外部サービス
( )
(9)すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか
(□すべての連携サービスにログインできない / □特定の連携サービスのみ)
(10)連携サービスにログインできない場合、以下の利用方法の違いでログインの可否が変わるか
(SP initiated SSOの場合: )
(IdP initiated SSOの場合: )
(11)Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か
(□WEB・□アプリ・□両方)(バージョン: )
(12)Webゲートウェイやプロキシなどを利用しているか
(□Webゲートウェイ・□プロキシ・□使用していない)(製品名: )
(13)IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか
(□IIJ ID・□連携サービス)
(IIJ IDコンソールへのログインの可否:□できる・□できない)
(14)操作画面及びエラー画面のスクリーンショット
ブラウザの場合はURLを含めてキャプチャしてください。
(15)ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」
Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html
Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html
Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html`;

describe('iij-login-inquiry render', () => {
  it('renders the filled example (Microsoft 365, sudden, proxy) exactly', () => {
    const rendered = render(iijLoginInquiry.example);
    expect(rendered.subject).toBe(exampleGoldenSubject);
    expect(rendered.body).toBe(exampleGolden);
    expect(rendered.attachments).toEqual(['capture-1', 'capture-2']);
  });

  it('renders a console login failure exactly; values of hidden conditional items are not printed', () => {
    const rendered = render({
      ...minimal,
      masterId: 'IIJ0009999',
      requesterName: '佐藤 花子',
      serviceCode: 'iid00012345、iid00067890',
      description: 'IIJ IDコンソールにログインすると「認証に失敗しました」と表示されます。',
      scope: 'all',
      onset: 'firstTime',
      unavailableSince: '2026-11-19T09:30', // only for 突然発生
      envChange: 'yes',
      envChangeDetails: 'leftover',
      env: { osName: 'macOS', osVersion: '15.1', browserName: 'Safari', browserVersion: '18.1' },
      sourceIp: '2001:240:1234::10',
      externalService: 'IIJ IDコンソール',
      failurePoint: 'iijId',
      consoleLogin: 'cannot', // only when the federated service fails
      m365: { concerned: false, usage: 'app' },
      gateway: { kind: 'none', product: 'leftover' },
      directorySync: 'Directory Sync(WinAD版) 3.2.0\nログ: 添付のとおり',
    });
    expect(rendered.subject).toBe(consoleGoldenSubject);
    expect(rendered.body).toBe(consoleGolden);
  });

  it('keeps empty optional items as the seed’s empty brackets', () => {
    expect(render(minimal).body).toBe(emptyOptionalGolden);
    expect(render(minimal).subject).toBe(emptyOptionalGoldenSubject);
  });

  it('an empty form is the seed’s format, character for character, once its lines are joined again', () => {
    const values = iijLoginInquiry.schema.parse(minimal);
    const empty = {
      ...values,
      masterId: '',
      requesterName: '',
      serviceCode: '',
      description: '',
      userIds: [],
      occurredAt: '',
    };
    const joined = iijLoginInquiry
      .render(empty)
      .body.split('\n')
      .filter((line) => line !== '')
      .join(' ');
    expect(joined).toBe(SEED_000_LOGIN_FORMAT_LINE);
  });

  it('makes a subject from the first line of the description, at most 60 characters', () => {
    const long = 'あ'.repeat(80);
    expect(render({ ...minimal, description: `\n${long}\n二行目` }).subject).toBe(`${'あ'.repeat(59)}…`);
    expect(render({ ...minimal, subject: '件名を自分で書く' }).subject).toBe('件名を自分で書く');
  });
});

describe('iij-login-inquiry rules', () => {
  it('user IDs must be full mail addresses, not local parts', () => {
    expect(errorsOf({ ...minimal, userIds: ['iij-taro'] })).toEqual([
      'userIds.0: ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)で入力してください',
    ]);
  });

  it('at least one user ID, even when all accounts are affected', () => {
    expect(errorsOf({ ...minimal, scope: 'all', userIds: [] })).toEqual([
      'userIds: 対象のIIJ IDユーザのIDを入力してください。対象がすべてのアカウントであっても、例として1か2つ分を記載ください',
    ]);
  });

  it('the occurrence time is mandatory, to the minute', () => {
    expect(errorsOf({ ...minimal, occurredAt: '' })).toEqual([
      'occurredAt: 事象を確認した具体的な日時を年月日と時分(日本時間)で入力してください',
    ]);
    expect(errorsOf({ ...minimal, occurredAt: '2026-11-20' })).toHaveLength(1);
  });

  it('the occurrence time cannot be in the future (JST)', () => {
    expect(rulesOf({ ...minimal, occurredAt: '2026-11-20T12:00' }).filter((m) => m.level === 'error')).toEqual([]);
    const [error] = rulesOf({ ...minimal, occurredAt: '2026-11-20T12:01' }).filter((m) => m.level === 'error');
    expect(error).toMatchObject({ path: 'occurredAt', message: { ja: expect.stringContaining('未来') } });
  });

  it('a full-width user ID is folded to the address IIJ looks up, not called a local part', () => {
    const parsed = iijLoginInquiry.schema.parse({ ...minimal, userIds: ['ｉｉｊ－ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ'] });
    expect(parsed.userIds).toEqual(['iij-taro@example.jp']);
    expect(iijLoginInquiry.render(parsed).body).toContain('( iij-taro@example.jp )(例:iij-taro@example.jp)');
    expect(errorsOf({ ...minimal, userIds: ['ｉｉｊ－ｔａｒｏ'] })).toEqual([
      'userIds.0: ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)で入力してください',
    ]);
  });

  it('the source IP must be global, with the hint to look at the login history', () => {
    const [message] = errorsOf({ ...minimal, sourceIp: '10.1.2.3' });
    expect(message).toContain('sourceIp: 「10.1.2.3」はグローバルIPアドレスではありません');
    expect(message).toContain('ログイン履歴の閲覧(全ユーザ)');
    expect(errorsOf({ ...minimal, sourceIp: '203.0.114.10' })).toEqual([]);
  });

  it('the Microsoft 365 toggle or wording gives the seed-003 federated-service hint', () => {
    const hints = rulesOf({ ...minimal, m365: { concerned: true } }).filter((m) => m.level === 'hint');
    expect(hints.map((h) => h.message.ja)).toEqual([
      expect.stringContaining('連携サービスに起因する内容のお問い合わせはIIJでは受けられません'),
    ]);
    expect(rulesOf({ ...minimal, externalService: 'Microsoft 365' }).some((m) => m.level === 'hint')).toBe(true);
  });

  it('fields: 利用できなくなった日時 only when 突然発生, details only when あり, console login only after IIJ ID succeeded', () => {
    const visible = (path: string, values: Record<string, unknown>) =>
      iijLoginInquiry.fields.find((f) => f.path === path)!.visibleWhen!(values);
    expect(visible('unavailableSince', { onset: 'sudden' })).toBe(true);
    expect(visible('unavailableSince', { onset: 'firstTime' })).toBe(false);
    expect(visible('envChangeDetails', { onset: 'sudden', envChange: 'yes' })).toBe(true);
    expect(visible('envChangeDetails', { onset: 'sudden', envChange: 'no' })).toBe(false);
    expect(visible('consoleLogin', { failurePoint: 'federatedService' })).toBe(true);
    expect(visible('m365.usage', { m365: { concerned: false } })).toBe(false);
  });
});

describe('iij-login-inquiry defaults and delivery', () => {
  it('fills the header, environment, page URL, captures and selected text', () => {
    const defaults = iijLoginInquiry.defaults({
      now,
      profile: {
        id: 'p1',
        name: 'IIJ',
        isDefault: true,
        createdAt: '',
        updatedAt: '',
        vendor: 'iij',
        masterId: 'IIJ0001234',
        requesterName: '山田 太郎',
        serviceCodes: ['iid00012345', 'iid00067890'],
        requesterEmail: 'taro@example.jp',
      },
      environment: {
        osName: 'Windows',
        osVersion: '11',
        osVersionUnknown: false,
        browserName: 'Chrome',
        browserVersion: '131',
        pageUrl: 'https://help.iij.ad.jp/',
        nowJst: '2026-11-20T11:58',
      },
      captureIds: ['c1'],
      selectedText: 'エラー: 認証に失敗しました',
      // The incident: seen at 10:15 on the console, not when the popup opened over IIJ's page.
      occurredAt: new Date('2026-11-20T01:15:00Z'),
      pageUrl: 'https://console.iij.jp/',
    });
    expect(defaults).toMatchObject({
      masterId: 'IIJ0001234',
      requesterName: '山田 太郎',
      serviceCode: 'iid00012345、iid00067890',
      description: 'エラー: 認証に失敗しました',
      occurredAt: '2026-11-20T10:15',
      env: { osName: 'Windows', osVersion: '11', browserName: 'Chrome', browserVersion: '131' },
      screenshots: { pageUrl: 'https://console.iij.jp/', attachments: ['c1'] },
    });
  });

  it('leaves an unknown OS version and an unknown moment empty for the user, never guessing "now"', () => {
    const defaults = iijLoginInquiry.defaults({
      now,
      environment: { osName: 'Linux', osVersion: 'x', osVersionUnknown: true, nowJst: '2026-11-20T12:00' },
    });
    expect(defaults).toMatchObject({ env: { osVersion: '' }, occurredAt: '' });
  });

  it('goes to IIJ Service Online, or by mail with the IIJ subject', () => {
    expect(iijLoginInquiry.delivery.map((d) => d.kind)).toEqual(['iij-service-online', 'mail']);
    const mail = iijLoginInquiry.delivery.find((d) => d.kind === 'mail')!;
    const values = iijLoginInquiry.schema.parse(minimal);
    const rendered = iijLoginInquiry.render(values);
    expect(mail.kind === 'mail' && mail.toMail(values, rendered)).toEqual({
      from: undefined,
      to: [],
      cc: [],
      subject: '【IIJ IDサービス】お問い合わせ(ログイン) ログインできない',
      body: rendered.body,
      attachments: [],
    });
  });
});
