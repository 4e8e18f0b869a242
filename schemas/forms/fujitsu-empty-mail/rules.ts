import { foldWidth } from '../../text-hygiene';
import type { MailAcceptance, RuleMessage } from '../../form-definition';
import { text, type Text } from '../../i18n';
import { serviceAdminId } from '../../vendors/fujitsu/service-admin-id';
import { fujitsuEmptyMailSchema, type FujitsuEmptyMailInput } from './schema';

export type AcceptanceResult = 'accepted' | 'rejected' | 'pending';

/** ①利用者ID照合 (the sender is the registered user's address) and ②サービス管理者ID照合. */
export interface AcceptanceChecks {
  senderRegistered: boolean;
  adminIdKnown: boolean;
}

export interface AcceptanceOutcome {
  result: AcceptanceResult;
  /** 受付成立 / 受付拒否 / 受付保留, as the seed names the decision. */
  decision: Text;
  /** What SupportDesk does, in the seed's words. */
  behaviour: Text;
}

/** SupportDesk notifies a refusal or a hold by mail (the seed's asterisk). */
const notifiedByMail = text('(メールにてご通知いたします)', ' (SupportDesk notifies you by mail)');

const join = (a: Text, b: Text): Text => text(a.ja + b.ja, a.en + b.en);

/**
 * Seed 004, 6.2 メール受付: ①利用者ID照合 (the sender's mail address) × ②サービス管理者ID照合.
 */
export function acceptanceOutcome({ senderRegistered, adminIdKnown }: AcceptanceChecks): AcceptanceOutcome {
  if (senderRegistered && adminIdKnown) {
    return {
      result: 'accepted',
      decision: text('受付成立', 'Accepted'),
      behaviour: text(
        'プロセス通り実行されます(このメールに全返信で回答が届きます)',
        'SupportDesk proceeds as usual and answers by replying to all',
      ),
    };
  }
  if (senderRegistered) {
    return {
      result: 'pending',
      decision: text('受付保留', 'On hold'),
      behaviour: join(
        text(
          '“対象不明”につきサービス管理者IDの再確認の連絡が来ます',
          '“Target unknown”: SupportDesk asks you to re-check the service admin ID',
        ),
        notifiedByMail,
      ),
    };
  }
  return {
    result: 'rejected',
    decision: text('受付拒否', 'Refused'),
    behaviour: join(
      adminIdKnown
        ? text(
            '“サービスアクセス権無し”のため対応されません',
            '“No access right to the service”: SupportDesk does not handle it',
          )
        : text('“なりすまし”と判断され対応されません', 'Judged as “impersonation”: SupportDesk does not handle it'),
      notifiedByMail,
    ),
  };
}

/** The seed's four rows, in its order, for showing the whole matrix. */
export const acceptanceMatrix: (AcceptanceChecks & { outcome: AcceptanceOutcome })[] = [
  { senderRegistered: true, adminIdKnown: true },
  { senderRegistered: false, adminIdKnown: true },
  { senderRegistered: true, adminIdKnown: false },
  { senderRegistered: false, adminIdKnown: false },
].map((checks) => ({ ...checks, outcome: acceptanceOutcome(checks) }));

/** Compared as SupportDesk will see them once sent: full-width folded, any letter case. */
const sameAddress = (a: string, b: string) =>
  foldWidth(a) !== '' && foldWidth(a).toLowerCase() === foldWidth(b).toLowerCase();

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** The two checks SupportDesk makes, as far as they can be told from the (unvalidated) draft. */
export function acceptanceChecks(values: unknown): AcceptanceChecks {
  const draft = (values ?? {}) as Partial<Record<keyof FujitsuEmptyMailInput, unknown>>;
  return {
    senderRegistered: sameAddress(textOf(draft.sender), textOf(draft.registeredEmail)),
    adminIdKnown: serviceAdminId.safeParse(textOf(draft.serviceAdminId)).success,
  };
}

const ok = text('OK', 'OK');
const ng = text('NG', 'NG');

/**
 * Seed 004, 6.2 for the mail about to be sent: SupportDesk authenticates every mail by its
 * sender address, so the whole matrix is shown with this mail's row marked.
 */
export function acceptanceTable(values: unknown): MailAcceptance {
  const checks = acceptanceChecks(values);
  const outcome = acceptanceOutcome(checks);
  return {
    title: text('SupportDesk での受付判断(このメール)', 'How SupportDesk will take this mail'),
    outcome: { tone: outcome.result, decision: outcome.decision, behaviour: outcome.behaviour },
    warning: text(
      'メールでのお問い合わせはアドレスで認証します。未登録者からのメールは全て破棄されます。メールアプリの送信元が登録済みのアドレスになっていることを確かめてから送信してください',
      'SupportDesk authenticates mail by its address and discards all mail from unregistered senders. Check that your mail app sends from the registered address before you send',
    ),
    columns: [
      text('①利用者ID照合(メールアドレス)', '① User (mail address)'),
      text('②サービス管理者ID照合', '② Service admin ID'),
      text('判断結果', 'Decision'),
    ],
    rows: acceptanceMatrix.map((row) => ({
      cells: [row.senderRegistered ? ok : ng, row.adminIdKnown ? ok : ng, row.outcome.decision],
      current: row.senderRegistered === checks.senderRegistered && row.adminIdKnown === checks.adminIdKnown,
    })),
  };
}

export function rules(values: FujitsuEmptyMailInput): RuleMessage[] {
  const messages: RuleMessage[] = [];
  const checks = acceptanceChecks(values);
  const registered = textOf(values.registeredEmail).trim();
  if (!checks.senderRegistered) {
    messages.push({
      level: 'error',
      path: 'sender',
      message: text(
        `送信元は登録済み利用者のアドレス(${registered || '未設定'})にしてください。未登録者からのメールは全て破棄されます`,
        `Send from the registered user address (${registered || 'not set'}). All mail from unregistered senders is discarded`,
      ),
      ...(registered
        ? {
            fix: {
              label: text('登録済みアドレスにする', 'Use the registered address'),
              apply: (v) => ({ ...v, sender: registered }),
            },
          }
        : {}),
    });
  }
  const outcome = acceptanceOutcome(checks);
  // 受付成立 is said only of a mail that can be sent; refusals and holds are worth knowing early.
  const sendable = fujitsuEmptyMailSchema.safeParse(values).success;
  if (outcome.result !== 'accepted' || sendable)
    messages.push({
      level: outcome.result === 'accepted' ? 'hint' : 'warning',
      message: text(
        `SupportDesk の判断: ${outcome.decision.ja} — ${outcome.behaviour.ja}`,
        `SupportDesk’s decision: ${outcome.decision.en} — ${outcome.behaviour.en}`,
      ),
    });
  if ((values.cc ?? []).length === 0) {
    messages.push({
      level: 'hint',
      path: 'cc',
      message: text(
        'サポートからのメール受信が必要な方を CC に入れてください(回答はこのメールへの全返信で届きます)',
        'Put everyone who must receive SupportDesk’s answers in CC (answers come as a reply to all)',
      ),
    });
  }
  return messages;
}
