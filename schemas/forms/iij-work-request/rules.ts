import { firstBusinessDayAfterSending } from '../../business-days';
import type { RuleMessage } from '../../form-definition';
import { text } from '../../i18n';
import { formatJstDate, isJstDate } from '../../jst';
import { restrictionHints } from '../iij-shared/restrictions';
import { textAt, valueAt } from '../../paths';
import { taskCatalogue, type TaskKey } from './fields';
import type { IijWorkRequestInput } from './schema';

/**
 * The hearing table of seed 001 (「お知らせいただきたい内容、及び注意点」) as rules.
 * They read the draft as typed (unvalidated), so every value is looked up defensively.
 */
type Draft = Record<string, unknown>;

const isRequested = (values: Draft, key: TaskKey) => valueAt(values, `tasks.${key}.requested`) === true;
const isConfirmed = (values: Draft, key: TaskKey, confirmation: string) =>
  valueAt(values, `tasks.${key}.${confirmation}`) === true;

/** The draft with another task ticked: what a rule's "also request task N" fix does. */
export function withTaskRequested(values: Draft, key: TaskKey): Draft {
  const tasks = (typeof values.tasks === 'object' && values.tasks !== null ? values.tasks : {}) as Draft;
  const task = (typeof tasks[key] === 'object' && tasks[key] !== null ? tasks[key] : {}) as Draft;
  return { ...values, tasks: { ...tasks, [key]: { ...task, requested: true } } };
}

const alsoRequest = (key: TaskKey, ja: string, en: string): NonNullable<RuleMessage['fix']> => ({
  label: text(`「${ja}」も依頼する`, `Also request “${en}”`),
  apply: (values) => withTaskRequested(values, key),
});

/**
 * The draft with task `to` requested instead of `from` (4-4: 「Aが該当しない場合は、本作業は依頼
 * できません…「6.管理者アカウントの新規登録」の作業を依頼してください」). What was written for
 * `from` — reason, date, account — carries over where `to` has nothing yet, so nothing typed is lost.
 */
export function withTaskReplaced(values: Draft, from: TaskKey, to: TaskKey): Draft {
  const tasks = (typeof values.tasks === 'object' && values.tasks !== null ? values.tasks : {}) as Draft;
  const source = (typeof tasks[from] === 'object' && tasks[from] !== null ? tasks[from] : {}) as Draft;
  const target = { ...((typeof tasks[to] === 'object' && tasks[to] !== null ? tasks[to] : {}) as Draft) };
  for (const item of ['reason', 'date', 'account']) {
    const carried = source[item];
    const present = target[item];
    if (typeof carried === 'string' && carried.trim() !== '' && (typeof present !== 'string' || present.trim() === ''))
      target[item] = carried;
  }
  return {
    ...values,
    tasks: { ...tasks, [from]: { ...source, requested: false }, [to]: { ...target, requested: true } },
  };
}

// eslint-disable-next-line max-lines-per-function -- one rule per seed 001 paragraph, in the seed's order
export function iijWorkRequestRules(input: IijWorkRequestInput, { now }: { now: Date }): RuleMessage[] {
  const values = input as Draft;
  const messages: RuleMessage[] = [];

  // 1-2, 2-2 … 6-2: 作業希望日 is at least the first business day after the sending day (today, JST).
  const earliest = firstBusinessDayAfterSending(now);
  for (const task of taskCatalogue) {
    const date = textAt(values, `tasks.${task.key}.date`);
    if (isRequested(values, task.key) && isJstDate(date) && date < earliest) {
      messages.push({
        level: 'error',
        path: `tasks.${task.key}.date`,
        message: text(
          `作業希望日はメール送信日から1営業日後以降の日付を指定してください(${formatJstDate(earliest)}以降。土日祝日は営業日ではありません)`,
          `The preferred date must be at least one business day after sending: ${earliest} or later (weekends and Japanese holidays are not business days)`,
        ),
      });
    }
  }

  // 1-4, 2-4: the initial administrator's address cannot receive mail → task 3 must come with it.
  for (const key of ['t1', 't2'] as const) {
    if (isRequested(values, key) && !isConfirmed(values, key, 'receivable') && !isRequested(values, 't3')) {
      messages.push({
        level: 'error',
        path: `tasks.${key}.receivable`,
        message: text(
          '初期管理者の通知先メールアドレスでメール受信ができない場合は、「3.管理者の通知先メールアドレスの変更」の作業も併せて依頼してください。受信できる場合はチェックを入れてください',
          'If the initial administrator’s notification address cannot receive mail, also request task 3 (change the notification address). If it can, tick the confirmation',
        ),
        fix: alsoRequest(
          't3',
          '3.管理者の通知先メールアドレスの変更',
          '3. Change the administrator’s notification address',
        ),
      });
    }
  }

  // 3-5: the new address must be able to receive mail.
  if (isRequested(values, 't3') && !isConfirmed(values, 't3', 'receivable')) {
    messages.push({
      level: 'warning',
      path: 'tasks.t3.receivable',
      message: text(
        '変更後の通知先メールアドレスでメールの受信が可能であることを確認してください',
        'Make sure the new notification address can receive mail',
      ),
    });
  }

  // 4-4: A is required; B or C must hold.
  if (isRequested(values, 't4')) {
    if (!isConfirmed(values, 't4', 'canLogin')) {
      messages.push({
        level: 'error',
        path: 'tasks.t4.canLogin',
        message: text(
          'Aが該当しない場合は、本作業は依頼できません。他にログイン可能な管理者が存在しない場合は、「6.管理者アカウントの新規登録」の作業を依頼してください',
          'Without A this task cannot be requested. If no administrator can log in, request task 6 (register a new administrator account) instead',
        ),
        fix: {
          label: text(
            '「4.ユーザアカウントへの管理者権限の付与」をやめ、「6.管理者アカウントの新規登録」を依頼する',
            'Request “6. Register a new administrator account” instead of task 4',
          ),
          apply: (draft) => withTaskReplaced(draft, 't4', 't6'),
        },
      });
    }
    if (!isConfirmed(values, 't4', 'noOtherAdmin') && !isConfirmed(values, 't4', 'noRecentAdmin')) {
      messages.push({
        level: 'error',
        path: 'tasks.t4.noOtherAdmin',
        message: text(
          'BまたはCが該当しない場合は、権限付与の対応が可能な管理者に該当ユーザアカウントへの管理者権限付与を依頼してください。付与方法については、「ユーザへのID管理者権限の付与」をご覧ください',
          'If neither B nor C holds, ask an administrator who can log in to grant the rights (see 「ユーザへのID管理者権限の付与」)',
        ),
      });
    }
  }

  // 5-3. The format lists three confirmations, the hearing table two:
  //   table A「現在のログインポリシーでログインが可能な管理者がいない」 = format A (no other
  //   administrator) or format B (others exist but none can log in now);
  //   table B「ログインポリシー「デフォルト(Default)」が適用されている管理者権限のアカウントが存在している」 = format C.
  // The text renders the format's three lines; the rules follow the table.
  if (isRequested(values, 't5')) {
    if (!isConfirmed(values, 't5', 'noOtherAdmin') && !isConfirmed(values, 't5', 'noRecentAdmin')) {
      messages.push({
        level: 'error',
        path: 'tasks.t5.noOtherAdmin',
        message: text(
          '現在のログインポリシーでログインが可能な管理者がいる場合(AもBも該当しない場合)は、権限付与の対応が可能な管理者に該当ユーザアカウントへの管理者権限付与を依頼してください。付与方法については、「ユーザへのID管理者権限の付与」をご覧ください',
          'If an administrator can still log in under the current policy (neither A nor B), ask that administrator to grant the rights (see 「ユーザへのID管理者権限の付与」)',
        ),
      });
    }
    if (!isConfirmed(values, 't5', 'defaultPolicyAdminExists') && !isRequested(values, 't6')) {
      messages.push({
        level: 'warning',
        path: 'tasks.t5.defaultPolicyAdminExists',
        message: text(
          'Cが該当しない場合は、「6.管理者アカウントの新規登録」の作業も併せて依頼してください',
          'If C does not hold, also request task 6 (register a new administrator account)',
        ),
        fix: alsoRequest('t6', '6.管理者アカウントの新規登録', '6. Register a new administrator account'),
      });
    }
  }

  // 6-1: nobody can log in after changing the Default login policy → also task 5. The format has
  // no tick for this, so it is read from the reason, which the seed's example words that way.
  if (
    isRequested(values, 't6') &&
    !isRequested(values, 't5') &&
    /ログインポリシー|Default|デフォルト/i.test(textAt(values, 'tasks.t6.reason'))
  ) {
    messages.push({
      level: 'warning',
      path: 'tasks.t6.reason',
      message: text(
        '「デフォルト(Default)」のログインポリシーを変更し、誰もログインができなくなった場合は、「5.ログインポリシー「デフォルト(Default)」の初期化」の作業も合わせて依頼してください',
        'If nobody can log in after changing the Default login policy, also request task 5 (reset the Default login policy)',
      ),
      fix: alsoRequest('t5', '5.ログインポリシー「デフォルト(Default)」の初期化', '5. Reset the Default login policy'),
    });
  }

  const reasons = taskCatalogue
    .filter((task) => isRequested(values, task.key))
    .map((task) => `tasks.${task.key}.reason`);
  return [...messages, ...restrictionHints(values, reasons)];
}
