import type { FieldDef, FieldOption } from '../../form-definition';
import { text } from '../../i18n';
import { valueAt } from '../../paths';
import { oneLoginAccountIdField } from './account-id';

/**
 * Pentio's help center request page (seed 002). Option values are ours; labels are what the
 * page shows where the seed says so (優先度: 低/普通/高/緊急).
 */

/**
 * お問い合わせカテゴリ and コネクタ追加リクエスト: seed 002 lists neither field's options, and each
 * is the help center's own configuration. The popup offers the options the request page itself
 * lists (the Zendesk content script reads them, see FieldDef.pageOptions); the draft keeps the
 * page's option value.
 */
export const CATEGORY_LABELS = ['お問い合わせカテゴリ', 'カテゴリ'];
export const CONNECTOR_LABELS = ['コネクタ追加リクエスト'];

const priorityNote = text(
  '優先度はあくまで目安でございますため。優先度を【高】【緊急】にした場合に全てのチケットですぐに解決可能である、営業時間外に対応出来るといった性質のものではございません。',
  'Priority is only a guide: 高/緊急 does not mean every ticket is solved at once or handled outside business hours.',
);

export const priorityOptions: FieldOption[] = [
  {
    value: 'low',
    label: text('低', 'Low'),
    help: text(
      '機能リクエスト、ドキュメントに関する質問、仕様の確認',
      'Feature requests, documentation questions, how it is specified',
    ),
  },
  {
    value: 'normal',
    label: text('普通', 'Normal'),
    help: text(
      '設定等に関する不明点のお問い合わせ、業務影響が軽微なトラブルシュート',
      'Questions about settings; troubleshooting with little business impact',
    ),
  },
  {
    value: 'high',
    label: text('高', 'High'),
    help: text(
      '一部のユーザーのご利用に影響があり解決が必要なトラブルシュートなど',
      'Troubleshooting that affects some users and must be solved',
    ),
  },
  {
    value: 'urgent',
    label: text('緊急', 'Urgent'),
    help: text(
      'OneLogin 全利用者に多大な影響があるシステム障害など',
      'An outage with heavy impact on all OneLogin users',
    ),
  },
];

export const inquiryTypeOptions: FieldOption[] = [
  { value: 'troubleshoot', label: text('トラブルシュート', 'Troubleshooting') },
  { value: 'question', label: text('ご相談・ご質問', 'Consultation / question') },
];

export const accountTypeOptions: FieldOption[] = [
  { value: 'shared', label: text('グループアドレスなど共有アカウント', 'Shared account (e.g. a group address)') },
  { value: 'personal', label: text('個人アカウント', 'Personal account') },
];

type Draft = Record<string, unknown>;
export const isTroubleshooting = (values: Draft) => valueAt(values, 'inquiryType') === 'troubleshoot';
export const isQuestion = (values: Draft) => valueAt(values, 'inquiryType') === 'question';
export const isConnectorInquiry = (values: Draft) => valueAt(values, 'connectorInquiry') === true;

const requestSection = text('リクエスト', 'Request');
const descriptionSection = text('お問い合わせ内容', 'Details');
const environmentSection = text('利用環境', 'Environment');

export const pentioRequestFields: FieldDef[] = [
  {
    path: 'accountType',
    kind: 'radio',
    label: text('ヘルプセンターにログインしているアカウント', 'Account you are signed in with'),
    options: accountTypeOptions,
    required: true,
    section: requestSection,
  },
  {
    path: 'cc',
    kind: 'mailList',
    label: text('CC', 'CC'),
    help: text(
      '【グループアドレスなど共有アカウントでログインされているお客様】お問い合わせ頂いているご担当者様個人のメールアドレスをCCに必ずご入力ください。【個人アカウントでログインされているお客様】CCの指定は任意です。事前にご登録済みのグループアドレスをCCに設定していただくとペンティオからの回答がCCにも届くためチーム内の情報共有がスムーズです。',
      'Shared (group) login: your personal address MUST be in CC. Personal login: CC is optional; CC-ing your registered group address shares the answers with your team.',
    ),
    section: requestSection,
  },
  {
    path: 'category',
    kind: 'select',
    label: text('お問い合わせカテゴリ', 'Category'),
    help: text('お問い合わせ内容に最も近いカテゴリをご選択ください', 'Pick the category closest to your inquiry'),
    pageOptions: { labels: CATEGORY_LABELS },
    required: true,
    section: requestSection,
  },
  {
    path: 'connectorInquiry',
    kind: 'checkbox',
    label: text(
      'コネクタ(Form-based認証コネクタなど)の構築を依頼するお問い合わせです',
      'This inquiry asks Pentio to build a connector (e.g. form-based)',
    ),
    help: text(
      'コネクタ追加リクエストはコネクタ構築を依頼する場合のみ選択します。コネクタ追加ではない通常のお問い合わせの場合には未指定のまま送信してください',
      'The connector request is chosen only when asking for a connector to be built; leave it empty for ordinary inquiries',
    ),
    section: requestSection,
  },
  {
    path: 'connectorRequest',
    kind: 'select',
    label: text('コネクタ追加リクエスト', 'Connector request'),
    help: text(
      '構築の可否や構築時期のお約束が出来ないが無償で対応する「リクエスト」か、サポートエンジニアをアサインして役務作業としてご希望の納期などにあわせて対応する「カスタム対応」かを、ヘルプセンターの選択肢から選んでください',
      'Free “request” (no promise whether or when it is built) or paid “custom work” to your deadline: pick the help center’s own option',
    ),
    pageOptions: { labels: CONNECTOR_LABELS },
    section: requestSection,
    visibleWhen: isConnectorInquiry,
  },
  {
    path: 'priority',
    // Radio buttons: each option's criterion (seed 002) shows under it, which a <select> cannot do.
    kind: 'radio',
    label: text('優先度', 'Priority'),
    help: text(
      `業務への影響を考えて、各選択肢の下に書かれたペンティオの基準で選んでください。${priorityNote.ja}`,
      `Choose by the impact on your business, using Pentio's criterion under each option. ${priorityNote.en}`,
    ),
    options: priorityOptions,
    section: requestSection,
  },
  {
    path: 'title',
    kind: 'text',
    label: text('タイトル', 'Title'),
    help: text(
      'ご質問・ご相談内容がわかる簡潔な件名をご指定ください',
      'A short subject that says what the question is',
    ),
    required: true,
    section: requestSection,
  },
  {
    path: 'inquiryType',
    kind: 'radio',
    label: text('お問い合わせの種類', 'Kind of inquiry'),
    help: text(
      '種類に合わせて、お問い合わせ内容の書き方(おすすめ)に沿った欄を表示します',
      'Shows the fields Pentio recommends for that kind',
    ),
    options: inquiryTypeOptions,
    required: true,
    section: descriptionSection,
  },
  {
    path: 'trouble.symptom',
    kind: 'multiline',
    label: text('発生しているトラブル・エラー', 'What goes wrong, and the error'),
    help: text(
      '具体的にどういったトラブル、エラーが発生しているのかを詳細にご記入ください。例えば表示されたエラーメッセージの文面をすべて記載する、画面キャプチャを撮影して添付する、などご準備頂きますと担当者がエラー概要を把握しやすくなります',
      'Describe the trouble in detail: copy the whole error message and attach screenshots',
    ),
    required: true,
    section: descriptionSection,
    visibleWhen: isTroubleshooting,
  },
  {
    path: 'trouble.entities',
    kind: 'multiline',
    label: text('対象のディレクトリ、アプリケーション、ユーザーなど', 'Affected directory, app, user …'),
    help: text(
      'エラーや失敗となった、対象のディレクトリ、アプリケーション、ユーザー、など関連するエンティティを識別できる設定名、設定URL、アプリケーション名、アプリケーションID、メールアドレスなどをご記入ください',
      'Names, setting URLs, app names, app IDs, mail addresses that identify what failed',
    ),
    section: descriptionSection,
    visibleWhen: isTroubleshooting,
  },
  {
    path: 'trouble.occurredAt',
    kind: 'datetimeJst',
    label: text('発生日時(日本時間)', 'When it happened (JST)'),
    section: descriptionSection,
    visibleWhen: isTroubleshooting,
  },
  {
    path: 'question.content',
    kind: 'multiline',
    label: text('ご質問・ご相談内容', 'Your question'),
    required: true,
    section: descriptionSection,
    visibleWhen: isQuestion,
  },
  {
    path: 'question.premise',
    kind: 'multiline',
    label: text('前提となる情報・条件、ご利用スタイル', 'Background, conditions, how you use it'),
    help: text(
      'ご相談やご質問の場合は、ご質問内容に加えて前提となる情報・条件や、お客様のご利用スタイルなどを添えて頂くとスムーズかつ、適切なアドバイスを行えます',
      'Background and conditions let Pentio give the right advice',
    ),
    section: descriptionSection,
    visibleWhen: isQuestion,
  },
  {
    path: 'question.references',
    kind: 'multiline',
    label: text('参考URL', 'Reference URLs'),
    help: text(
      'ご質問の際に製品の機能名や他社製品のお名前が含まれることがございますが、この場合は正式な名称をなるべくお使いください。また、ペンティオの取り扱い製品以外は担当者が詳しくないこともあるため、参考になるURLなども添えて頂くとよりスムーズに確認・理解が進みます',
      'Use official product and feature names; add URLs for products Pentio does not sell',
    ),
    section: descriptionSection,
    visibleWhen: isQuestion,
  },
  ...(
    [
      ['env.osName', 'OS', 'OS'],
      ['env.osVersion', 'OSのバージョン', 'OS version'],
      ['env.browserName', 'ブラウザ', 'Browser'],
      ['env.browserVersion', 'ブラウザのバージョン', 'Browser version'],
      ['env.pageUrl', '画面のURL', 'Page URL'],
    ] as const
  ).map(([path, ja, en]): FieldDef => ({ path, kind: 'text', label: text(ja, en), section: environmentSection })),
  {
    path: 'attachments',
    kind: 'captures',
    label: text('添付ファイル', 'Attachments'),
    help: text(
      '添付ファイルではZIPデータはお取り扱い出来ませんので、暗号化の有無を問わずZIPファイルのアップロードはご遠慮ください(ZIPを解除して再送付をご依頼することとなります)',
      'Pentio cannot handle ZIP files, encrypted or not: unzip and attach the files themselves',
    ),
    section: requestSection,
  },
  oneLoginAccountIdField,
];
