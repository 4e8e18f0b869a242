import type { RuleMessage } from '../../form-definition';
import { text, type Text } from '../../i18n';
import { textAt, valueAt } from '../../paths';

/**
 * Seed 003 (IIJ IDサービス 制限事項) as data: one entry per restriction, with the seed's sentence,
 * the situations it answers and what to tell the administrator. The IIJ forms show the entries
 * that apply as hints beside the field they concern. Hints never block sending.
 *
 * Matching reads normalised text (see `normalise`: NFKC, lower case, katakana product names as
 * latin) and the structured answers ((8) the target service, (9), (13), Microsoft 365, the
 * requested tasks).
 */

export type RestrictionSection =
  '基本機能' | '多要素認証オプション' | '統合Windows認証オプション' | '統合Windows認証マルチリージョンオプション';

/** Where a draft says something: a field path and its normalised text. */
export interface TextSource {
  path: string;
  text: string;
}

/** What a restriction is matched against: the draft's texts, and the draft itself for its answers. */
export interface Situation {
  texts: TextSource[];
  values: Record<string, unknown>;
}

export interface Restriction {
  id: string;
  section: RestrictionSection;
  /** The seed's sentence, as IIJ writes it. */
  seed: string;
  /** The situations it answers, in a few words (README table, tests). */
  situations: string;
  /** What the administrator is told. */
  message: Text;
  /** What in this draft it was recognised by (a service's name), said before the message. */
  recognised?: (situation: Situation) => string | undefined;
  /** The path of the field it concerns when it applies to this draft, else undefined. */
  appliesAt: (situation: Situation) => string | undefined;
}

// ---- normalised text ----

/** Katakana spellings of product names, as latin (longest first so ドロップボックス wins over ボックス). */
const katakanaNames: [string, string][] = (
  [
    ['マイクロソフト', 'microsoft'],
    ['オフィス', 'office'],
    ['アウトルック', 'outlook'],
    ['チームズ', 'teams'],
    ['シェアポイント', 'sharepoint'],
    ['ワンドライブ', 'onedrive'],
    ['エクスチェンジ', 'exchange'],
    ['グーグル', 'google'],
    ['ワークスペース', 'workspace'],
    ['ジーメール', 'gmail'],
    ['セールスフォース', 'salesforce'],
    ['ドロップボックス', 'dropbox'],
    ['ボックス', 'box'],
    ['スラック', 'slack'],
    ['ズーム', 'zoom'],
    ['サイボウズ', 'cybozu'],
    ['キントーン', 'kintone'],
    ['ガルーン', 'garoon'],
    ['ラインワークス', 'line works'],
    ['ゼンデスク', 'zendesk'],
    ['ウィンドウズ', 'windows'],
    ['ウインドウズ', 'windows'],
    ['サーバー', 'server'],
    ['サーバ', 'server'],
    ['アクティブディレクトリ', 'active directory'],
    ['プッシュ', 'push'],
    ['スマートキー', 'smartkey'],
    ['ケルベロス', 'kerberos'],
  ] as [string, string][]
).sort(([a], [b]) => b.length - a.length);

/** Short names that are also the tail of other words (メールボックス, ピンチズーム) count only on their own. */
const standalone = new Set(['ボックス', 'ズーム']);

/** NFKC (full-width latin and digits, half-width katakana), lower case, katakana product names as latin. */
export function normalise(value: string): string {
  let result = value.normalize('NFKC').toLowerCase();
  for (const [katakana, latin] of katakanaNames)
    result = standalone.has(katakana)
      ? result.replace(new RegExp(`(?<![ァ-ヺー])${katakana}`, 'g'), latin)
      : result.replaceAll(katakana, latin);
  return result;
}

// ---- linked services ----

/** Services commonly federated with IIJ ID, by the names people write (normalised, spaces optional). */
export const linkedServices: { name: string; pattern: RegExp }[] = [
  {
    name: 'Microsoft 365',
    pattern:
      /microsoft\s*365|office\s*365|(?<![a-z])(m365|o365|teams|outlook|sharepoint|onedrive|exchange(\s*online)?|entra(\s*id)?|azure\s*ad)(?![a-z])/,
  },
  {
    name: 'Google Workspace',
    pattern: /google\s*(workspace|ドライブ|drive|カレンダー|calendar)|g\s*suite|gmail|(?<![a-z])google(?![a-z])/,
  },
  { name: 'Box', pattern: /(?<![a-z.])box(?![a-z])/ },
  { name: 'Salesforce', pattern: /salesforce|sfdc/ },
  { name: 'Slack', pattern: /(?<![a-z])slack(?![a-z])/ },
  { name: 'Zoom', pattern: /(?<![a-z])zoom(?![a-z])/ },
  { name: 'Dropbox', pattern: /dropbox/ },
  { name: 'サイボウズ', pattern: /cybozu|kintone|garoon/ },
  { name: 'LINE WORKS', pattern: /line\s*works/ },
  { name: 'Zendesk', pattern: /zendesk/ },
  { name: 'AWS', pattern: /(?<![a-z])aws(?![a-z])|amazon\s*web\s*services/ },
];

/** The first linked service a normalised text names. */
export function linkedServiceIn(normalised: string): string | undefined {
  return linkedServices.find((service) => service.pattern.test(normalised))?.name;
}

// ---- matching helpers ----

const firstText = (situation: Situation, pattern: RegExp) =>
  situation.texts.find((source) => pattern.test(source.text))?.path;

const anyText = (situation: Situation, pattern: RegExp) => situation.texts.some((source) => pattern.test(source.text));

/** Texts about the integrated-Windows-authentication option. */
const iwa = /統合\s*windows\s*認証|windows\s*統合\s*認証|(?<![a-z])iwa(?![a-z])|kerberos/;
const iwaAnd = (situation: Situation, pattern: RegExp) =>
  anyText(situation, iwa) ? firstText(situation, pattern) : undefined;

/** SMS at device registration (Twilio), as opposed to Push to a registered device (Amazon SNS). */
const smsOrRegistration = /sms|ショートメッセージ|(デバイス|端末|スマホ|スマートフォン|携帯)\s*の?\s*登録/;
const notArriving = /(届か|来な|こない|受信\s*でき|表示\s*され(ない|ず)|鳴らな|受け取れ)/;

const isRequested = (values: Record<string, unknown>, task: string) =>
  valueAt(values, `tasks.${task}.requested`) === true;

/** Seed 003, every entry, in the seed's order. */
export const restrictions: Restriction[] = [
  {
    id: 'domainOwnership',
    section: '基本機能',
    seed: '本サービスの利用には、お客様が所有されているドメインが必要です。お客様ドメインを本サービスに登録する際に、そのドメインをお客様が所有していることを弊社で確認します。所有されていない場合は登録できません。ドメインの登録後に、お客様がドメインを所有していないことが判明した場合は、そのドメインで登録したユーザ及びグループを予告なく削除することがあります。',
    situations: 'ドメインの登録・所有権確認・追加、作業 2(ドメイン所有権確認メールの再送)',
    message: text(
      '本サービスの利用には、お客様が所有されているドメインが必要です。登録時にドメインの所有をIIJが確認し、所有されていない場合は登録できません(所有していないことが後で判明した場合、そのドメインのユーザ及びグループは予告なく削除されることがあります)。',
      'IIJ ID needs a domain you own: IIJ checks ownership when it is registered and refuses otherwise (users and groups of a domain found not to be yours may be deleted without notice).',
    ),
    appliesAt: (s) =>
      firstText(s, /ドメイン.{0,20}(所有|登録|追加|認証|確認|検証|txt)|domain.{0,20}(owner|verif|regist)/) ??
      (isRequested(s.values, 't2') ? 'tasks.t2.requested' : undefined),
  },
  {
    id: 'linkedServiceFault',
    section: '基本機能',
    seed: '本サービスと連携する外部サービス(例:Microsoft 365)で障害、メンテナンス、または不具合が発生した場合は、お客様が一部機能をご利用できない場合があります。この場合は、連携サービスに起因する内容のお問い合わせをお受けできません。更に、連携サービスによって発生した損害は、本サービスでは保証できません。',
    situations:
      '連携サービスを名指し(Microsoft 365/Office 365/Teams…、Google Workspace、Box、Salesforce、Slack、Zoom…、カタカナ表記も)、(9)特定の連携サービスのみ、(13)連携サービス、Microsoft 365の項目',
    message: text(
      '本サービスと連携する外部サービス(例:Microsoft 365)で障害、メンテナンス、または不具合が発生した場合は、一部機能をご利用できない場合があり、連携サービスに起因する内容のお問い合わせはIIJでは受けられません。先に連携サービス側の障害情報をご確認ください。',
      'When a federated service (e.g. Microsoft 365) has an outage, maintenance or a bug, IIJ cannot take inquiries caused by that service. Check the service’s own status first.',
    ),
    recognised: (s) => s.texts.map((source) => linkedServiceIn(source.text)).find(Boolean),
    appliesAt: (s) => {
      const named = s.texts.find((source) => linkedServiceIn(source.text));
      if (named) return named.path;
      if (valueAt(s.values, 'failurePoint') === 'federatedService') return 'failurePoint';
      if (valueAt(s.values, 'federationScope') === 'specific') return 'federationScope';
      if (valueAt(s.values, 'm365.concerned') === true) return 'm365.concerned';
      return undefined;
    },
  },
  {
    id: 'externalCommunication',
    section: '基本機能',
    seed: '外部システムとの通信でエラーが発生した場合、お客様による対応が必要になることがあります。',
    situations: '外部システム・連携先との通信エラー、接続エラー、タイムアウト',
    message: text(
      '外部システムとの通信でエラーが発生した場合、お客様による対応が必要になることがあります。連携先のシステムやネットワーク側の状態もご確認ください。',
      'Errors communicating with an external system may need action on your side. Check the other system and your network too.',
    ),
    appliesAt: (s) =>
      firstText(
        s,
        /(通信|接続|疎通).{0,10}(エラー|失敗|でき(ない|ず)|切れ)|タイムアウト|timed?\s*out|connection\s*(error|refused|reset)/,
      ),
  },
  {
    id: 'globalIpChange',
    section: '基本機能',
    seed: '本サービスのホストに割り当てられたグローバルIPアドレスは、変更しないことを保証するものではありません。本サービスの提供内容の変更によっては、グローバルIPアドレスを予告なく変更する可能性があります。',
    situations: 'IIJ ID側のIPアドレスの許可リスト・ファイアウォール設定、IPアドレスが変わった',
    message: text(
      'IIJ IDサービスのホストに割り当てられたグローバルIPアドレスは変更しないことを保証するものではなく、予告なく変更されることがあります。IIJ IDのIPアドレスを許可リストやファイアウォールに固定で登録している場合は、その設定が原因の可能性があります。',
      'The global IP addresses of IIJ ID’s hosts are not guaranteed and may change without notice. If you allow-list them in a firewall or elsewhere, that setting may be the cause.',
    ),
    appliesAt: (s) =>
      firstText(
        s,
        /(ip\s*アドレス|(?<![a-z])ip(?![a-z])).{0,20}(変わ|変更され|変化)|許可\s*リスト|ホワイト\s*リスト|allow\s*-?\s*list|whitelist|(ip|アドレス)\s*制限|ファイア\s*ウォール|firewall|(?<![a-z])fw(?![a-z])/,
      ),
  },
  {
    id: 'sharedFacilities',
    section: '基本機能',
    seed: '本サービスでは、複数のお客様でサービス設備を共有します。お客様のご利用状況によっては、他のお客様に影響を及ぼす可能性があると弊社で判断し、サービスの一部またはすべてを停止するなど、サービスの利用を制限することがあります。',
    situations: '利用を制限された・停止された、大量の一括処理やAPI呼び出し',
    message: text(
      '本サービスは複数のお客様で設備を共有しており、利用状況によっては他のお客様への影響を避けるため、サービスの一部またはすべての利用が制限されることがあります。大量の一括処理やAPI呼び出しをしていないかご確認ください。',
      'IIJ ID’s facilities are shared; usage that could affect other customers may be restricted in part or whole. Check for heavy bulk processing or API calls.',
    ),
    appliesAt: (s) =>
      firstText(
        s,
        /利用.{0,5}制限され|(サービス|アカウント|api).{0,10}(停止され|止められ)|(大量|一括).{0,30}(制限|停止|止ま)|(?<![0-9])429(?![0-9])|rate\s*limit|too\s*many\s*requests/,
      ),
  },
  {
    id: 'failover',
    section: '基本機能',
    seed: '冗長機構による切り替えが発生した場合には、数分程度サービスを利用できないことがあります。',
    situations: '一時的・数分・瞬断・断続的に使えなかった',
    message: text(
      '冗長機構による切り替えが発生した場合には、数分程度サービスを利用できないことがあります。数分後に解消している場合はこの制限事項に該当する可能性があります。',
      'A failover can make the service unavailable for a few minutes. If it recovered after a few minutes, this is likely the cause.',
    ),
    appliesAt: (s) => (anyText(s, iwa) ? undefined : firstText(s, /一時的|数分|瞬断|断続的|temporar|few\s*minutes/)),
  },
  {
    id: 'attackTraffic',
    section: '基本機能',
    seed: '攻撃トラフィックを含むお客様宛の通信が弊社のサービス設備に影響を与える場合は、事前の通知なしに当該通信を一部またはすべてを遮断、または迂回などを実施することがあります。通信を遮断した場合は、事後に運用管理担当者に連絡します。',
    situations: '攻撃・DDoS、通信が遮断・ブロックされた',
    message: text(
      '攻撃トラフィックを含む通信がサービス設備に影響を与える場合、IIJは事前の通知なしにその通信を遮断または迂回することがあります。遮断した場合は事後に運用管理担当者へ連絡があります。',
      'When traffic (including attacks) affects IIJ’s facilities, IIJ may block or divert it without notice and tells the operations contact afterwards.',
    ),
    appliesAt: (s) => firstText(s, /攻撃|ddos|dos\s*攻撃|遮断|ブロックされ|blocked/),
  },
  {
    id: 'passwordResetLock',
    section: '基本機能',
    seed: '特定のユーザがパスワードリセットメールを多量に送信しようとした場合、メール送信を一定期間ロックすることがあります。',
    situations: 'パスワードリセット(再設定)のメール',
    message: text(
      '特定のユーザがパスワードリセットメールを多量に送信しようとした場合、メール送信を一定期間ロックすることがあります。しばらく時間をおいてからお試しください。',
      'When one user requests many password-reset mails, IIJ locks sending for a while. Wait and try again later.',
    ),
    appliesAt: (s) => firstText(s, /パスワード\s*(リセット|の?再設定|再発行)|password\s*reset/),
  },
  {
    id: 'bestEffort',
    section: '基本機能',
    seed: '本サービスはベストエフォート型のサービスで、サービスの応答性能を保証するものではありません。',
    situations: '遅い・重い・応答に時間がかかる',
    message: text(
      '本サービスはベストエフォート型のサービスで、サービスの応答性能を保証するものではありません。',
      'IIJ ID is a best-effort service; response times are not guaranteed.',
    ),
    appliesAt: (s) =>
      anyText(s, iwa)
        ? undefined
        : firstText(s, /(遅い|遅く|重い|重く|時間が\s*かか|応答.{0,5}(悪|遅)|レスポンス|slow|latency)/),
  },
  {
    id: 'smartKeyDevices',
    section: '多要素認証オプション',
    seed: 'IIJ SmartKeyアプリに対応したOSのバージョンは、対応範囲のすべての端末で動作することを保証するものではありません。',
    situations: 'IIJ SmartKeyアプリが特定の端末・機種で動かない',
    message: text(
      'IIJ SmartKeyアプリに対応したOSのバージョンであっても、すべての端末で動作することは保証されていません。別の端末でお試しください。',
      'A supported OS version does not guarantee that IIJ SmartKey works on every device. Try another device.',
    ),
    appliesAt: (s) =>
      anyText(s, /smartkey/)
        ? firstText(
            s,
            /(端末|機種|デバイス|device).{0,20}(動か|動作し|起動し|落ち|使えな|でき(ない|ず))|クラッシュ|crash/,
          )
        : undefined,
  },
  {
    id: 'smartKeyOsVersions',
    section: '多要素認証オプション',
    seed: 'IIJ SmartKeyアプリに対応したOSのバージョンは、予告なく変更することがあります。ユーザが継続的に利用可能であることを保証するものではありません。',
    situations: 'IIJ SmartKeyアプリとOS(iOS/Android)のバージョン・アップデート',
    message: text(
      'IIJ SmartKeyアプリに対応したOSのバージョンは予告なく変更されることがあり、継続的に利用できることは保証されていません。OSのバージョンが対応範囲かご確認ください。',
      'The OS versions IIJ SmartKey supports may change without notice. Check that the OS version is still supported.',
    ),
    appliesAt: (s) =>
      anyText(s, /smartkey/)
        ? firstText(s, /(ios|android|os).{0,15}(バージョン|version|アップデート|update|更新|古い|対応)/)
        : undefined,
  },
  {
    id: 'mfaFallback',
    section: '多要素認証オプション',
    seed: '多要素認証オプションで障害が発生した場合は、ID及びパスワードによる一要素での認証に制限することがあります。',
    situations: '多要素認証が求められない・スキップされた、パスワードだけでログインできた',
    message: text(
      '多要素認証オプションで障害が発生した場合は、ID及びパスワードによる一要素での認証に制限されることがあります。多要素認証が求められなかった時刻をお知らせください。',
      'During a multi-factor option outage, IIJ may fall back to ID and password alone. Say when the second factor was not asked for.',
    ),
    appliesAt: (s) =>
      firstText(
        s,
        /(多要素|二要素|2\s*要素|mfa|2fa|ワンタイム|otp|smartkey|スライド認証).{0,30}(求められ(ない|ず)|聞かれ(ない|ず)|スキップ|表示され(ない|ず)|なしで|省略|出(ない|ず))|パスワード\s*(だけ|のみ)\s*で|一要素/,
      ),
  },
  {
    id: 'smartKeyPush',
    section: '多要素認証オプション',
    seed: 'Amazon Simple Notification Service: IIJ SmartKeyアプリへのPush通知の送信。メンテナンス時及び障害時に想定される影響: IIJ SmartKeyアプリにPush通知が届かなくなります ※Push通知が届かない場合も、ユーザがIIJ SmartKeyアプリの「設定」画面で「サービスリストの更新」を実行すると、スライド認証できます',
    situations: 'Push通知・通知が届かない(デバイス登録時のSMSは別)、スライド認証',
    message: text(
      'IIJ SmartKeyアプリへのPush通知は外部サービス(Amazon SNS)を利用しており、そのメンテナンスや障害時には届かなくなります。Push通知が届かない場合も、ユーザがIIJ SmartKeyアプリの「設定」画面で「サービスリストの更新」を実行すると、スライド認証できます。',
      'Push notifications to IIJ SmartKey go through an external service (Amazon SNS) and stop during its maintenance or outages. The user can still run 「サービスリストの更新」 (refresh service list) in the app’s 「設定」 (settings) screen and approve by sliding.',
    ),
    appliesAt: (s) =>
      firstText(s, new RegExp(`push.{0,20}${notArriving.source}|スライド認証`)) ??
      s.texts.find(
        (source) =>
          new RegExp(`通知.{0,20}${notArriving.source}`).test(source.text) && !smsOrRegistration.test(source.text),
      )?.path,
  },
  {
    id: 'twilioSms',
    section: '多要素認証オプション',
    seed: 'Twilio: IIJ SmartKeyアプリへのデバイス登録時のSMS通知。メンテナンス時及び障害時に想定される影響: デバイス登録時にSMS通知が届かなくなるため、デバイスを登録できません',
    situations: 'デバイス登録でSMSが届かない・登録できない',
    message: text(
      'IIJ SmartKeyアプリへのデバイス登録時のSMS通知は外部サービス(Twilio)を利用しており、そのメンテナンスや障害時にはSMSが届かず、デバイスを登録できません。時間をおいてから登録をお試しください。',
      'The SMS sent when registering a device in IIJ SmartKey goes through an external service (Twilio); during its maintenance or outages no SMS arrives and the device cannot be registered. Try again later.',
    ),
    appliesAt: (s) =>
      firstText(s, new RegExp(`(sms|ショートメッセージ).{0,20}${notArriving.source}`)) ??
      firstText(s, /(デバイス|端末|スマホ|スマートフォン|携帯)\s*の?\s*登録.{0,20}(でき(ない|ず)|失敗|エラー|sms)/),
  },
  {
    id: 'iwaBackbone',
    section: '統合Windows認証オプション',
    seed: '統合Windows認証オプションの利用には、IIJプライベートバックボーンサービスの契約が必要です。',
    situations: '統合Windows認証(IWA、Kerberos)',
    message: text(
      '統合Windows認証オプションの利用には、IIJプライベートバックボーンサービスの契約が必要です。',
      'The integrated Windows authentication option requires an IIJ Private Backbone Service contract.',
    ),
    appliesAt: (s) => firstText(s, iwa),
  },
  {
    id: 'iwaConnectivity',
    section: '統合Windows認証オプション',
    seed: '連携するActive Directoryサーバには、IIJプライベートバックボーンサービスで提供されるネットワークとの疎通性が必要です。疎通性がない場合は、接続性を提供するサービスなどの契約が必要です。',
    situations: '統合Windows認証で Active Directory に接続できない・疎通・ネットワーク',
    message: text(
      '連携するActive Directoryサーバには、IIJプライベートバックボーンサービスで提供されるネットワークとの疎通性が必要です。疎通性がない場合は、接続性を提供するサービスなどの契約が必要です。',
      'The Active Directory server must reach the IIJ Private Backbone network; without that, a connectivity service is needed.',
    ),
    appliesAt: (s) => iwaAnd(s, /疎通|(接続|通信).{0,10}(でき|失敗|エラー)|ネットワーク|network|vpn|到達/),
  },
  {
    id: 'iwaAdVersions',
    section: '統合Windows認証オプション',
    seed: '統合Windows認証の動作確認済みのActive DirectoryはWindows Server 2016、Windows Server 2019です。',
    situations: '統合Windows認証と、2016/2019 以外の Windows Server(2012、2022、2025…)の Active Directory',
    message: text(
      '統合Windows認証の動作確認済みのActive DirectoryはWindows Server 2016、Windows Server 2019です。それ以外のバージョンは動作確認されていません。',
      'Integrated Windows authentication is verified with Active Directory on Windows Server 2016 and 2019 only.',
    ),
    appliesAt: (s) =>
      s.texts.find((source) =>
        [...source.text.matchAll(/windows\s*server\s*(\d{4})/g)].some(([, year]) => year !== '2016' && year !== '2019'),
      ) && anyText(s, iwa)
        ? s.texts.find((source) => /windows\s*server\s*\d{4}/.test(source.text))!.path
        : undefined,
  },
  {
    id: 'iwaSingle',
    section: '統合Windows認証オプション',
    seed: '統合Windows認証オプション単体で提供される統合Windows認証基盤はシングル構成で、障害発生時は数分程度サービスが利用できないことがあります。障害発生時の影響を緩和したい場合は、統合Windows認証マルチリージョンオプションをご利用ください。',
    situations: '統合Windows認証が一時的・数分使えなかった、障害',
    message: text(
      '統合Windows認証オプション単体の認証基盤はシングル構成で、障害発生時は数分程度サービスが利用できないことがあります。影響を緩和したい場合は、統合Windows認証マルチリージョンオプションをご利用ください。',
      'The integrated Windows authentication option alone runs as a single system: an outage can stop it for a few minutes. The multi-region option reduces that.',
    ),
    appliesAt: (s) => iwaAnd(s, /一時的|数分|瞬断|断続的|障害|停止|temporar|outage/),
  },
  {
    id: 'iwaShared',
    section: '統合Windows認証オプション',
    seed: '統合Windows認証オプションでは、IPアドレスやドメインは複数のお客様で共有します。また帯域についてはベストエフォートとなります。',
    situations: '統合Windows認証の IPアドレス・ドメイン・帯域',
    message: text(
      '統合Windows認証オプションでは、IPアドレスやドメインは複数のお客様で共有します。また帯域についてはベストエフォートとなります。',
      'With integrated Windows authentication, IP addresses and domains are shared between customers, and bandwidth is best effort.',
    ),
    appliesAt: (s) => iwaAnd(s, /ip\s*アドレス|(?<![a-z])ip(?![a-z])|ドメイン|domain|帯域|bandwidth/),
  },
  {
    id: 'iwaPerformance',
    section: '統合Windows認証オプション',
    seed: '統合Windows認証基盤で提供される設備のスペックはベストエフォートです。利用状況によりパフォーマンスに問題が発生する場合は、統合Windows認証マルチリージョンオプションをご利用ください。',
    situations: '統合Windows認証が遅い・重い・パフォーマンス',
    message: text(
      '統合Windows認証基盤の設備のスペックはベストエフォートです。利用状況によりパフォーマンスに問題が発生する場合は、統合Windows認証マルチリージョンオプションをご利用ください。',
      'The integrated Windows authentication platform is best effort; for performance problems, use the multi-region option.',
    ),
    appliesAt: (s) => iwaAnd(s, /遅い|遅く|重い|重く|時間が\s*かか|パフォーマンス|性能|performance|slow/),
  },
  {
    id: 'multiRegionNeedsIwa',
    section: '統合Windows認証マルチリージョンオプション',
    seed: '統合Windows認証マルチリージョンオプションの利用には、統合Windows認証オプションの契約が必要です。',
    situations: 'マルチリージョンオプション',
    message: text(
      '統合Windows認証マルチリージョンオプションの利用には、統合Windows認証オプションの契約が必要です。',
      'The multi-region option requires the integrated Windows authentication option.',
    ),
    appliesAt: (s) => firstText(s, /マルチ\s*リージョン|multi\s*-?\s*region/),
  },
];

/** The draft's texts to match, normalised. */
export function textSources(values: Record<string, unknown>, paths: readonly string[]): TextSource[] {
  return paths.map((path) => ({ path, text: normalise(textAt(values, path)) })).filter((s) => s.text.trim() !== '');
}

/** The restrictions that apply to a draft, each once, as hints placed at the field they concern. */
export function restrictionHints(values: Record<string, unknown>, textPaths: readonly string[]): RuleMessage[] {
  const situation: Situation = { texts: textSources(values, textPaths), values };
  return restrictions.flatMap((restriction) => {
    const path = restriction.appliesAt(situation);
    if (path === undefined) return [];
    const name = restriction.recognised?.(situation);
    const message = name
      ? text(
          `「${name}」は連携サービスです。${restriction.message.ja}`,
          `${name} is a linked service. ${restriction.message.en}`,
        )
      : restriction.message;
    return [{ level: 'hint' as const, path, message }];
  });
}
