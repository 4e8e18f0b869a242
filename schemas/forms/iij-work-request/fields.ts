import { firstBusinessDayAfterSending } from '../../business-days';
import type { FieldDef, FieldKind } from '../../form-definition';
import { text, type Text } from '../../i18n';
import { headerFields } from '../iij-shared/header';
import { valueAt } from '../../paths';

/**
 * The six tasks of seed 001 as data: render.ts prints them line by line from this catalogue,
 * fields.ts makes the inputs, and schema.ts checks the items of requested tasks. Labels are the
 * format's words; help is the hearing table's 「お知らせいただきたい内容、及び注意点」.
 */
export type TaskKey = 't1' | 't2' | 't3' | 't4' | 't5' | 't6';

interface TaskItem {
  key: string;
  /** reason/date are free text and a date; account is an IIJ ID; address a mail address to receive at. */
  kind: 'reason' | 'date' | 'account' | 'address';
  label: Text;
  help?: Text;
}

interface TaskConfirmation {
  key: string;
  /** The line after the □/■, exactly as the format writes it (some have a space before 'A:'). */
  line: string;
  label: Text;
  help?: Text;
}

export interface Task {
  key: TaskKey;
  title: Text;
  /** The format indents the ・heading of tasks 1–3 by three spaces and of 4–6 by two. */
  headingIndent: string;
  /** The format indents task 3's confirmation one space less than the others. */
  confirmationIndent: string;
  items: TaskItem[];
  confirmations: TaskConfirmation[];
}

const dateItem: TaskItem = {
  key: 'date',
  kind: 'date',
  label: text('作業希望日', 'Preferred date'),
  help: text(
    'メール送信日から1営業日後以降の日付を指定してください',
    'A date at least one business day after the day you send this',
  ),
};

const accountHelp = text(
  'メールアドレス形式で記入してください(例:iij-taro@example.jp)',
  'As a mail address (e.g. iij-taro@example.jp)',
);
const receivableAddressHelp = text(
  '受信可能な状態のメールアドレスを指定してください',
  'An address that can receive mail now',
);
const resendReasonHelp = text(
  '以下のように理由を記入してください ・IIJ IDサービスを契約した直後に届く該当メールを受信できていないため ・など',
  'e.g. the mail sent right after signing up for IIJ ID Service never arrived',
);
const initialAdminReceivable: TaskConfirmation = {
  key: 'receivable',
  line: '契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること',
  label: text(
    '契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること',
    'The initial administrator’s notification address given at contract can receive mail',
  ),
  help: text(
    '初期管理者の通知先メールアドレスでメール受信ができない場合は、「3.管理者の通知先メールアドレスの変更」の作業も併せて依頼してください',
    'If it cannot, also request task 3 (change the administrator’s notification address)',
  ),
};
const noOtherAdminLine = 'IIJ IDの契約内に、他に管理者権限を持つアカウントが存在しないこと';

export const taskCatalogue: Task[] = [
  {
    key: 't1',
    title: text('1.初期管理者パスワード通知メールの再送', '1. Resend the initial administrator password mail'),
    headingIndent: '   ',
    confirmationIndent: '            ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text('再送が必要な理由', 'Why it must be resent'),
        help: resendReasonHelp,
      },
      dateItem,
      {
        key: 'account',
        kind: 'account',
        label: text('対象管理者のアカウント名', 'Administrator account'),
        help: accountHelp,
      },
    ],
    confirmations: [initialAdminReceivable],
  },
  {
    key: 't2',
    title: text('2.ドメイン所有権確認メールの再送', '2. Resend the domain ownership confirmation mail'),
    headingIndent: '   ',
    confirmationIndent: '            ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text('再送が必要な理由', 'Why it must be resent'),
        help: resendReasonHelp,
      },
      dateItem,
      {
        key: 'account',
        kind: 'account',
        label: text('初期管理者のアカウント名', 'Initial administrator account'),
        help: accountHelp,
      },
    ],
    confirmations: [initialAdminReceivable],
  },
  {
    key: 't3',
    title: text('3.管理者の通知先メールアドレスの変更', '3. Change the administrator’s notification address'),
    headingIndent: '   ',
    confirmationIndent: '           ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text('変更が必要な理由', 'Why it must change'),
        help: text(
          '以下のように理由を記入してください ・契約の申込時に指定した通知先メールアドレスの綴りが間違っていたため、現在IIJ IDサービスからのメールが受信できず、初回ログインもできない状況である ・登録した通知先メールアドレスが間違っていたため変更したいが、該当管理者や他の管理者がIIJ IDコンソールにログインして変更操作を行えない状況である ・など',
          'e.g. the address given at sign-up was misspelt so no mail arrives and nobody can log in to change it',
        ),
      },
      dateItem,
      {
        key: 'account',
        kind: 'account',
        label: text('対象管理者のアカウント名', 'Administrator account'),
        help: text(
          'メールアドレス形式で記入してください(例:iij-taro@example.jp) なお、初期管理者のアカウント名は「サービスの登録が完了しました 」のメールで確認いただけます',
          'As a mail address (e.g. iij-taro@example.jp); the initial administrator’s account is in the 「サービスの登録が完了しました」 mail',
        ),
      },
      {
        key: 'newAddress',
        kind: 'address',
        label: text('変更後の通知先メールアドレス', 'New notification address'),
        help: receivableAddressHelp,
      },
    ],
    confirmations: [
      {
        key: 'receivable',
        line: '変更後の通知先メールアドレスでメールの受信が可能であること',
        label: text(
          '変更後の通知先メールアドレスでメールの受信が可能であること',
          'The new notification address can receive mail',
        ),
      },
    ],
  },
  {
    key: 't4',
    title: text('4.ユーザアカウントへの管理者権限の付与', '4. Grant administrator rights to a user account'),
    headingIndent: '  ',
    confirmationIndent: '            ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text('既存の管理者が該当ユーザに権限を付与できない理由', 'Why no existing administrator can grant it'),
        help: text(
          '以下のように理由を記入してください ・該当管理者や他の管理者が誰も、IIJ IDコンソールにログインして変更操作を行えない状況である ・など',
          'e.g. no administrator can log in to the IIJ ID console to change it',
        ),
      },
      dateItem,
      { key: 'account', kind: 'account', label: text('対象ユーザのアカウント名', 'User account'), help: accountHelp },
    ],
    confirmations: [
      {
        key: 'canLogin',
        line: ' A:上記のユーザアカウントで現在ログインが可能であること',
        label: text('A:上記のユーザアカウントで現在ログインが可能であること', 'A: that user account can log in now'),
      },
      {
        key: 'noOtherAdmin',
        line: ` B:${noOtherAdminLine}`,
        label: text(`B:${noOtherAdminLine}`, 'B: no other account in the contract has administrator rights'),
      },
      {
        key: 'noRecentAdmin',
        line: ' C:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログインが可能な管理者がいないこと',
        label: text(
          'C:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログインが可能な管理者がいないこと',
          'C: other administrators exist, but none can log in now',
        ),
      },
    ],
  },
  {
    key: 't5',
    title: text(
      '5.ログインポリシー「デフォルト(Default)」の初期化',
      '5. Reset the 「デフォルト(Default)」 login policy',
    ),
    headingIndent: '  ',
    confirmationIndent: '            ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text('初期化が必要な理由', 'Why it must be reset'),
        help: text(
          '以下のように理由をご記入ください ・「デフォルト(Default)」ログインポリシーを変更後、該当管理者や他の管理者が誰も、IIJ IDコンソールにログインできなくなった ・など',
          'e.g. after changing the Default login policy no administrator can log in to the IIJ ID console',
        ),
      },
      dateItem,
    ],
    confirmations: [
      {
        key: 'noOtherAdmin',
        line: ` A:${noOtherAdminLine}`,
        label: text(`A:${noOtherAdminLine}`, 'A: no other account in the contract has administrator rights'),
      },
      {
        key: 'noRecentAdmin',
        line: ' B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログイン可能な管理者がいないこと',
        label: text(
          'B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログイン可能な管理者がいないこと',
          'B: other administrators exist, but none can log in now',
        ),
      },
      {
        key: 'defaultPolicyAdminExists',
        line: ' C:ログインポリシー「デフォルト(Default)」が適用されている管理者権限のアカウントが存在していること',
        label: text(
          'C:ログインポリシー「デフォルト(Default)」が適用されている管理者権限のアカウントが存在していること',
          'C: an administrator account with the Default login policy exists',
        ),
      },
    ],
  },
  {
    key: 't6',
    title: text('6.管理者アカウントの新規登録', '6. Register a new administrator account'),
    headingIndent: '  ',
    confirmationIndent: '            ',
    items: [
      {
        key: 'reason',
        kind: 'reason',
        label: text(
          '新管理者の登録を既存の管理者にて実施できない理由',
          'Why no existing administrator can register one',
        ),
        help: text(
          '以下のように理由を記入してください ・「デフォルト(Default)」のログインポリシーを変更後、該当管理者や他の管理者が、IIJ IDコンソールにログインできなくなった ・など なお、「デフォルト(Default)」のログインポリシーを変更し、誰もログインができなくなった場合は、「5.ログインポリシー「デフォルト(Default)」の初期化」の作業も合わせて依頼してください',
          'e.g. after changing the Default login policy no administrator can log in. If nobody can log in because of that, also request task 5',
        ),
      },
      dateItem,
      {
        key: 'account',
        kind: 'account',
        label: text('新規で作成する初期管理者のアカウント名', 'New initial administrator account'),
        help: accountHelp,
      },
      {
        key: 'notificationAddress',
        kind: 'address',
        label: text('新規で作成する初期管理者の通知先メールアドレス', 'New administrator’s notification address'),
        help: receivableAddressHelp,
      },
    ],
    confirmations: [],
  },
];

const fieldKind: Record<TaskItem['kind'], FieldKind> = {
  reason: 'multiline',
  date: 'date',
  account: 'email',
  address: 'email',
};

const isRequested = (key: TaskKey) => (values: Record<string, unknown>) =>
  valueAt(values, `tasks.${key}.requested`) === true;

/** 作業希望日: seed 001's 「メール送信日から1営業日後以降」, sending today. */
const earliestWorkDate = (now: Date) => ({
  date: firstBusinessDayAfterSending(now),
  why: text(
    'IIJ は送信日の1営業日後以降の日付だけを受け付けます(土日祝日は営業日ではありません)',
    'IIJ only accepts dates from one business day after sending (weekends and Japanese holidays are not business days)',
  ),
});

const chooseSection = text('・希望する作業', 'Tasks');

export const iijWorkRequestFields: FieldDef[] = [
  ...headerFields,
  ...taskCatalogue.map((task): FieldDef => ({
    path: `tasks.${task.key}.requested`,
    kind: 'checkbox',
    label: task.title,
    section: chooseSection,
  })),
  ...taskCatalogue.flatMap((task): FieldDef[] => [
    ...task.items.map((item): FieldDef => ({
      path: `tasks.${task.key}.${item.key}`,
      kind: fieldKind[item.kind],
      label: item.label,
      help: item.help,
      required: true,
      section: task.title,
      visibleWhen: isRequested(task.key),
      ...(item.kind === 'date' && { earliestDate: earliestWorkDate }),
    })),
    ...task.confirmations.map((confirmation): FieldDef => ({
      path: `tasks.${task.key}.${confirmation.key}`,
      kind: 'checkbox',
      label: confirmation.label,
      help: confirmation.help,
      section: task.title,
      visibleWhen: isRequested(task.key),
    })),
  ]),
];
