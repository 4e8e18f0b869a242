import type { RuleMessage } from '../../../form-definition';
import { text } from '../../../i18n';
import { isJstMinuteAfter } from '../../../jst';
import { textAt } from '../../../paths';
import { restrictionHints } from '../restrictions';
import type { Draft } from './schema';
import { isSudden } from './schema';

/**
 * Rules both inquiry forms have: times that cannot be in the future, and the seed-003
 * restrictions that apply (read from the texts at these paths and the structured answers).
 */
export function inquiryRules(values: Draft, now: Date, extraTextPaths: readonly string[] = []): RuleMessage[] {
  const messages: RuleMessage[] = [];
  if (isJstMinuteAfter(textAt(values, 'occurredAt'), now)) {
    messages.push({
      level: 'error',
      path: 'occurredAt',
      message: text(
        '事象を確認した日時が未来になっています。日本時間で入力してください',
        'The time is in the future; enter it in Japan time',
      ),
    });
  }
  if (isSudden(values) && isJstMinuteAfter(textAt(values, 'unavailableSince'), now)) {
    messages.push({
      level: 'error',
      path: 'unavailableSince',
      message: text(
        '利用できなくなった日時が未来になっています。日本時間で入力してください',
        'The time is in the future; enter it in Japan time',
      ),
    });
  }
  if (textAt(values, 'sourceIp').trim() === '') {
    messages.push({
      level: 'warning',
      path: 'sourceIp',
      message: text(
        'アクセス元IPアドレスがないとIIJでのログ調査に時間がかかります。対象ユーザでIIJ IDコンソールにログインできる場合は「ログイン履歴の閲覧(全ユーザ)」で確認できます',
        'Without the source address IIJ needs longer to search its logs. If the user can log in to the IIJ ID console, see 「ログイン履歴の閲覧(全ユーザ)」',
      ),
    });
  }
  const textPaths = ['description', 'envChangeDetails', ...extraTextPaths, 'gateway.product', 'directorySync'];
  return [...messages, ...restrictionHints(values, textPaths)];
}
