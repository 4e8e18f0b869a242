import type { FieldDef } from '../../../form-definition';
import { text } from '../../../i18n';
import { changeOptions, gatewayOptions, m365UsageOptions, onsetOptions, scopeOptions } from './options';
import { concernsM365, hasEnvChange, isSudden, usesGatewayOrProxy, usesM365App } from './schema';

const section = (ja: string, en: string) => text(ja, en);

export const commonFields: FieldDef[] = [
  {
    path: 'description',
    kind: 'multiline',
    label: text('問い合わせ内容', 'What is happening'),
    help: text(
      'どのような問題が発生しているのか、表示されたエラーメッセージ、具体的な操作手順などを詳細に記載してください',
      'Describe the problem in detail: the error message shown and the exact steps',
    ),
    required: true,
    section: section('(1)問い合わせ内容', '(1) Inquiry'),
  },
  {
    path: 'scope',
    kind: 'radio',
    label: text(
      '事象の発生対象はすべてのアカウントもしくは一部アカウントのみか',
      'Does it affect all accounts or only some?',
    ),
    options: scopeOptions,
    section: section('(2)事象の発生対象', '(2) Affected accounts'),
  },
  {
    path: 'userIds',
    kind: 'mailList',
    label: text('対象のIIJ IDユーザのID', 'Affected IIJ ID user IDs'),
    help: text(
      '対象がすべてのアカウントであっても、例として1か2つ分を記載ください IIJ IDユーザのIDはメールアドレス形式となります。ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)でお知らせください',
      'Even when all accounts are affected, give one or two as examples. IIJ ID user IDs are mail addresses: give the whole address, not only the local part (e.g. iij-taro@example.jp)',
    ),
    placeholder: text('iij-taro@example.jp', 'iij-taro@example.jp'),
    required: true,
    section: section('(3)対象のIIJ IDユーザのID', '(3) Affected user IDs'),
  },
  {
    path: 'occurredAt',
    kind: 'datetimeJst',
    label: text('事象を確認した具体的な日時(日本時間)', 'When you saw it happen (JST)'),
    help: text(
      'IIJ はこの日時(分単位・日本時間)でログを調査します。この日時がないと調査できないため、必ず記入してください。キャプチャから始めた問い合わせでは、キャプチャした時刻が入っています。',
      'IIJ searches its logs by this minute (Japan time) and cannot investigate without it. An incident started from a capture has the capture’s time here.',
    ),
    required: true,
    section: section('(4)事象を確認した具体的な日時', '(4) When it happened'),
  },
  {
    path: 'onset',
    kind: 'radio',
    label: text(
      '事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか',
      'Did it work before and suddenly stop, or is this the first time you do it?',
    ),
    help: text(
      '前者(突然発生)の場合は、利用できなくなった日時と設定または環境の変更も記載してください',
      'If it started suddenly, also give when it stopped working and whether settings or the environment changed',
    ),
    options: onsetOptions,
    section: section('(5)突然発生か初めての操作か', '(5) Sudden or first time'),
  },
  {
    path: 'unavailableSince',
    kind: 'datetimeJst',
    label: text('利用できなくなった日時(日本時間)', 'When it stopped working (JST)'),
    section: section('(5)突然発生か初めての操作か', '(5) Sudden or first time'),
    visibleWhen: isSudden,
    requiredMessage: text(
      '突然発生の場合は、利用できなくなった日時も記載してください',
      'It started suddenly: also give when it stopped working (IIJ asks for it)',
    ),
  },
  {
    path: 'envChange',
    kind: 'radio',
    label: text('設定または環境の変更', 'Settings or environment changed'),
    options: changeOptions,
    section: section('(5)突然発生か初めての操作か', '(5) Sudden or first time'),
    visibleWhen: isSudden,
    requiredMessage: text(
      '突然発生の場合は、設定または環境の変更(あり・なし)も記載してください',
      'It started suddenly: also say whether settings or the environment changed (IIJ asks for it)',
    ),
  },
  {
    path: 'envChangeDetails',
    kind: 'multiline',
    label: text('ありの場合は詳細記入', 'What changed'),
    section: section('(5)突然発生か初めての操作か', '(5) Sudden or first time'),
    visibleWhen: hasEnvChange,
    requiredMessage: text(
      '設定または環境の変更が「あり」の場合は詳細を記入してください',
      'Settings or the environment changed: say what changed (IIJ asks for it)',
    ),
  },
  ...(
    [
      ['env.osName', 'OS', 'OS'],
      ['env.osVersion', 'OSのバージョン', 'OS version'],
      ['env.browserName', 'ブラウザ', 'Browser'],
      ['env.browserVersion', 'ブラウザのバージョン', 'Browser version'],
      ['env.appName', 'アプリケーションの名称', 'Application name'],
      ['env.appVersion', 'アプリケーションのバージョン', 'Application version'],
    ] as const
  ).map(([path, ja, en]): FieldDef => ({
    path,
    kind: 'text',
    label: text(ja, en),
    help: text(
      'IIJ は OS・ブラウザ・アプリケーションの名称とそれぞれのバージョンで再現を確認します。',
      'IIJ reproduces the problem with these names and versions.',
    ),
    section: section('(6)利用環境の詳細情報', '(6) Environment'),
  })),
  {
    path: 'sourceIp',
    kind: 'text',
    label: text('アクセス元IPアドレス(グローバルIPアドレス)', 'Source IP address (global)'),
    help: text(
      '対象のIIJ IDユーザのアクセス元IPアドレス(接続元グローバルIPアドレス)を記載してください お客様組織にてご利用のアクセス元のIPアドレスはご確認ください。なお、対象のIIJ IDユーザでIIJ IDコンソールにログインが可能な場合は、ログイン履歴からアクセス元IPアドレスを確認できます。詳しくは、「ログイン履歴の閲覧(全ユーザ)」をご覧ください',
      'The global address the user connects from, as your organization sees it. If the user can log in to the IIJ ID console, the login history shows it (「ログイン履歴の閲覧(全ユーザ)」)',
    ),
    placeholder: text('203.0.113.10', '203.0.113.10'),
    section: section('(7)アクセス元IPアドレス(グローバルIPアドレス)', '(7) Source IP address'),
  },
];

export function m365Fields(n: number): FieldDef[] {
  const m365Section = section(`(${n})Microsoft 365利用に関する問題の場合`, `(${n}) Microsoft 365`);
  return [
    {
      path: 'm365.concerned',
      kind: 'checkbox',
      label: text('Microsoft 365利用に関する問題である', 'This concerns Microsoft 365'),
      section: m365Section,
    },
    {
      path: 'm365.usage',
      kind: 'radio',
      label: text('WEB版とネイティブアプリのどちらでの利用か', 'Web or native app'),
      help: text(
        'WEB版(ブラウザ)・ネイティブアプリ・両方のどれで起きるかを選び、アプリの場合はそのバージョンも記入してください。',
        'Choose web (browser), native app or both; for the app, give its version too.',
      ),
      options: m365UsageOptions,
      section: m365Section,
      visibleWhen: concernsM365,
      requiredMessage: text(
        'Microsoft 365利用に関する問題の場合は、WEB版とネイティブアプリのどちらでの利用か(WEB・アプリ・両方)を選んでください',
        'A Microsoft 365 problem: choose web, native app or both (IIJ asks for it)',
      ),
    },
    {
      path: 'm365.version',
      kind: 'text',
      label: text('バージョン', 'Version'),
      help: text(
        'ネイティブアプリ(Outlook、Teams など)のバージョン。WEB版のみの場合はブラウザのバージョンを(6)に記載します',
        'The native app’s version (Outlook, Teams …). For the web version alone, the browser version in (6) is enough',
      ),
      section: m365Section,
      visibleWhen: usesM365App,
      requiredMessage: text(
        'Microsoft 365のアプリを利用している場合は、バージョンも記載してください',
        'With the Microsoft 365 app: also give its version (IIJ asks for it)',
      ),
    },
  ];
}

export function gatewayFields(n: number): FieldDef[] {
  const gatewaySection = section(`(${n})Webゲートウェイやプロキシなどを利用しているか`, `(${n}) Web gateway or proxy`);
  return [
    {
      path: 'gateway.kind',
      kind: 'radio',
      label: text('Webゲートウェイやプロキシなどを利用しているか', 'Do you use a web gateway or proxy?'),
      options: gatewayOptions,
      section: gatewaySection,
    },
    {
      path: 'gateway.product',
      kind: 'text',
      label: text('製品名', 'Product name'),
      help: text('利用している場合はどの製品を利用しているかを記載してください', 'If you do, which product'),
      section: gatewaySection,
      visibleWhen: usesGatewayOrProxy,
      requiredMessage: text(
        'Webゲートウェイやプロキシを利用している場合はどの製品を利用しているかを記載してください',
        'With a web gateway or proxy: give the product name (IIJ asks for it)',
      ),
    },
  ];
}

export function screenshotFields(n: number): FieldDef[] {
  const screenshotSection = section(`(${n})操作画面及びエラー画面のスクリーンショット`, `(${n}) Screenshots`);
  return [
    {
      path: 'screenshots.attachments',
      kind: 'captures',
      label: text('操作画面及びエラー画面のスクリーンショット', 'Screenshots of the steps and the error'),
      help: text(
        'ブラウザの場合はURLを含めてスクリーンショットを取得してください',
        'In a browser, include the URL in the screenshot',
      ),
      section: screenshotSection,
    },
    { path: 'screenshots.pageUrl', kind: 'text', label: text('画面のURL', 'Page URL'), section: screenshotSection },
  ];
}

export function directorySyncFields(n: number): FieldDef[] {
  return [
    {
      path: 'directorySync',
      kind: 'multiline',
      label: text(
        'ディレクトリ同期の「お問い合わせの際にお知らせいただく情報」',
        'Directory sync: the information its manual asks for',
      ),
      help: text(
        'Directory Sync、Password Syncをご利用の場合は、該当するマニュアルの「お問い合わせの際にお知らせいただく情報」の項目をすべて記入してください: Directory Sync(WinAD版) https://manual.iij.jp/iid/DirSync-WinAD/11240770.html ・Directory Sync(OpenLDAP版) https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html ・Password Sync(WinAD版) https://manual.iij.jp/iid/PassSync-WinAD/9054213.html',
        'With Directory Sync or Password Sync, give every item listed under 「お問い合わせの際にお知らせいただく情報」 in its manual: Directory Sync (WinAD) https://manual.iij.jp/iid/DirSync-WinAD/11240770.html · Directory Sync (OpenLDAP) https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html · Password Sync (WinAD) https://manual.iij.jp/iid/PassSync-WinAD/9054213.html',
      ),
      section: section(`(${n})ディレクトリサービスからの同期`, `(${n}) Directory sync`),
    },
  ];
}
