import type { RuleMessage } from '../../form-definition';
import { text } from '../../i18n';

/**
 * Seed 003 (IIJ IDサービス 制限事項) turned into non-blocking hints. Each hint fires on keywords
 * in what the administrator wrote, so the popup can say "this is a known limitation" before
 * the ticket is sent. Hints never block sending.
 */
interface RestrictionHint {
  id: 'federatedService' | 'passwordResetLock' | 'smartKeyPush' | 'failover';
  /** Matches the inquiry text (all text fields joined). */
  trigger: RegExp;
  message: RuleMessage['message'];
}

export const restrictionHints: RestrictionHint[] = [
  {
    id: 'federatedService',
    trigger: /Microsoft\s*365|Office\s*365|\bM365\b|\bO365\b|Teams|Outlook|Exchange|SharePoint|OneDrive|Entra/i,
    message: text(
      '本サービスと連携する外部サービス(例:Microsoft 365)で障害、メンテナンス、または不具合が発生した場合は、一部機能をご利用できない場合があり、連携サービスに起因する内容のお問い合わせはIIJでは受けられません。先に連携サービス側の障害情報をご確認ください。',
      'When a federated service (e.g. Microsoft 365) has an outage, maintenance or a bug, IIJ cannot take inquiries caused by that service. Check the service’s own status first.',
    ),
  },
  {
    id: 'passwordResetLock',
    trigger: /パスワード\s*リセット|パスワードの?再設定|password\s*reset/i,
    message: text(
      '特定のユーザがパスワードリセットメールを多量に送信しようとした場合、メール送信を一定期間ロックすることがあります。しばらく時間をおいてからお試しください。',
      'When one user requests many password-reset mails, IIJ locks sending for a while. Wait and try again later.',
    ),
  },
  {
    id: 'smartKeyPush',
    trigger: /(プッシュ|Push|通知).{0,20}(届か|来な|こな|受信でき)|SmartKey|スライド認証/i,
    message: text(
      'IIJ SmartKeyアプリにPush通知が届かない場合も、ユーザがIIJ SmartKeyアプリの「設定」画面で「サービスリストの更新」を実行すると、スライド認証できます。',
      'If push notifications do not reach the IIJ SmartKey app, the user can run 「サービスリストの更新」 (refresh service list) in the app’s 「設定」 (settings) screen and then approve by sliding.',
    ),
  },
  {
    id: 'failover',
    trigger: /一時的|数分|瞬断|断続的|temporar|few minutes/i,
    message: text(
      '冗長機構による切り替えが発生した場合には、数分程度サービスを利用できないことがあります。数分後に解消している場合はこの制限事項に該当する可能性があります。',
      'A failover can make the service unavailable for a few minutes. If it recovered after a few minutes, this is likely the cause.',
    ),
  },
];

/**
 * The seed-003 hints that apply to the given texts, each once. `concernsFederatedService` adds the
 * federated-service hint when a field (not only the wording) says Microsoft 365 is involved.
 */
export function restrictionHintsFor(texts: readonly string[], concernsFederatedService = false): RuleMessage[] {
  const joined = texts.join('\n');
  return restrictionHints
    .filter((hint) => hint.trigger.test(joined) || (hint.id === 'federatedService' && concernsFederatedService))
    .map((hint) => ({ level: 'hint' as const, message: hint.message }));
}
