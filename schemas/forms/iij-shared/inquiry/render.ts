import type { RenderedTicket } from '../../../form-definition';
import { formatJstMinute } from '../../../jst';
import { renderHeader, shortSubject, type IijHeaderValues } from '../header';
import { dateSlot, markedOptions, slot } from '../marks';
import { changeOptions, gatewayOptions, m365UsageOptions, onsetOptions, scopeOptions } from './options';
import { concernsM365, hasEnvChange, isSudden, usesGatewayOrProxy, type IijInquiryValues } from './schema';

/** Item (1)–(7), each heading on its own line and its brackets below. */
export function renderCommonItems(v: IijInquiryValues): string[] {
  const sudden = isSudden(v);
  return [
    '(1)問い合わせ内容',
    `(${slot(v.description)})`,
    '(2)事象の発生対象はすべてのアカウントもしくは一部アカウントのみか',
    `(${slot(scopeOptions.find((o) => o.value === v.scope)?.label.ja ?? '')})`,
    '(3)対象のIIJ IDユーザのID',
    `(${slot(v.userIds.join('、'))})(例:iij-taro@example.jp)`,
    '(4)事象を確認した具体的な日時',
    `(${dateSlot(formatJstMinute(v.occurredAt))})(日本時間)`,
    '(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか',
    `(${markedOptions(onsetOptions, v.onset, '・')})`,
    `(利用できなくなった日時:${dateSlot(sudden ? formatJstMinute(v.unavailableSince) : '')})(日本時間)`,
    `(設定または環境の変更:${markedOptions(changeOptions, sudden ? v.envChange : '', '・')} )(ありの場合は詳細記入:${slot(hasEnvChange(v) ? v.envChangeDetails : '')})`,
    '(6)利用環境の詳細情報',
    `(OS:${slot(v.env.osName)}バージョン:${slot(v.env.osVersion)})`,
    `(ブラウザ:${slot(v.env.browserName)}バージョン:${slot(v.env.browserVersion)})`,
    `(アプリケーションの名称:${slot(v.env.appName)}バージョン:${slot(v.env.appVersion)})`,
    '(7)アクセス元IPアドレス(グローバルIPアドレス)',
    `(${slot(v.sourceIp)})`,
  ];
}

export function renderM365(v: IijInquiryValues, n: number): string[] {
  const concerned = concernsM365(v);
  return [
    `(${n})Microsoft 365利用に関する問題の場合はWEB版とネイティブアプリのどちらでの利用か`,
    `(${markedOptions(m365UsageOptions, concerned ? v.m365.usage : '', '・')})(バージョン:${slot(concerned ? v.m365.version : '')})`,
  ];
}

export function renderGateway(v: IijInquiryValues, n: number): string[] {
  return [
    `(${n})Webゲートウェイやプロキシなどを利用しているか`,
    `(${markedOptions(gatewayOptions, v.gateway.kind, '・')})(製品名:${slot(usesGatewayOrProxy(v) ? v.gateway.product : '')})`,
  ];
}

/**
 * The seed's item has no brackets, only the instruction; the page URL and the number of
 * attached files are added on lines of their own, and only when there are any.
 */
export function renderScreenshots(v: IijInquiryValues, n: number): string[] {
  const { pageUrl, attachments } = v.screenshots;
  return [
    `(${n})操作画面及びエラー画面のスクリーンショット`,
    'ブラウザの場合はURLを含めてキャプチャしてください。',
    ...(pageUrl !== '' ? [`(URL:${slot(pageUrl)})`] : []),
    ...(attachments.length > 0 ? [`(添付ファイル:${slot(`${attachments.length}件`)})`] : []),
  ];
}

/** Like (14), the seed gives links, not brackets: the administrator's information follows when given. */
export function renderDirectorySync(v: IijInquiryValues, n: number): string[] {
  return [
    `(${n})ディレクトリサービスからの同期によってIIJ IDのユーザ及びグループを管理している場合は、以下の該当するマニュアルの「お問い合わせの際にお知らせいただく情報」`,
    'Directory Sync(WinAD版):https://manual.iij.jp/iid/DirSync-WinAD/11240770.html',
    'Directory Sync(OpenLDAP版):https://manual.iij.jp/iid/DirSync-LinuxLDAP/9054470.html',
    'Password Sync(WinAD版):https://manual.iij.jp/iid/PassSync-WinAD/9054213.html',
    ...(v.directorySync !== '' ? [`(${slot(v.directorySync)})`] : []),
  ];
}

/** The whole inquiry text: header, the format's instruction line, then the numbered items. */
export function renderInquiryTicket(v: IijInquiryValues & IijHeaderValues, items: string[]): RenderedTicket {
  const body = [
    ...renderHeader(v),
    '',
    'チェックボックス□がある項目は、該当する選択肢の□を■に変更し、記入してください。',
    '',
    ...items,
  ].join('\n');
  return { subject: shortSubject(v.subject, v.description), body, attachments: v.screenshots.attachments };
}
