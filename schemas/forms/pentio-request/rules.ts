import type { RuleMessage } from '../../form-definition';
import { text } from '../../i18n';
import { isJstMinuteAfter } from '../../jst';
import { textAt, valueAt } from '../../paths';
import type { PentioRequestInput } from './schema';

export function pentioRequestRules(input: PentioRequestInput, { now }: { now: Date }): RuleMessage[] {
  const values = input as Record<string, unknown>;
  const messages: RuleMessage[] = [];
  const cc = valueAt(values, 'cc');
  const ccIsEmpty = !Array.isArray(cc) || cc.length === 0;

  if (
    valueAt(values, 'inquiryType') === 'troubleshoot' &&
    isJstMinuteAfter(textAt(values, 'trouble.occurredAt'), now)
  ) {
    messages.push({
      level: 'error',
      path: 'trouble.occurredAt',
      message: text(
        '発生日時が未来になっています。日本時間で入力してください',
        'The time is in the future; enter it in Japan time',
      ),
    });
  }
  if (valueAt(values, 'accountType') === 'personal' && ccIsEmpty) {
    messages.push({
      level: 'hint',
      path: 'cc',
      message: text(
        '事前にご登録済みのグループアドレスをCCに設定していただくとペンティオからの回答がCCにも届くためチーム内の情報共有がスムーズです',
        'CC your registered group address and Pentio’s answers reach the whole team',
      ),
    });
  }
  if (['high', 'urgent'].includes(textAt(values, 'priority'))) {
    messages.push({
      level: 'hint',
      path: 'priority',
      message: text(
        '優先度はあくまで目安でございますため。優先度を【高】【緊急】にした場合に全てのチケットですぐに解決可能である、営業時間外に対応出来るといった性質のものではございません。',
        'Priority is only a guide: 高/緊急 does not make every ticket solved at once or handled outside business hours.',
      ),
    });
  }
  if (valueAt(values, 'connectorInquiry') === true && textAt(values, 'connectorRequest') === '') {
    messages.push({
      level: 'hint',
      path: 'connectorRequest',
      message: text(
        'コネクタ構築のご依頼では、コネクタ追加リクエストの選択肢(無償のリクエストか、役務のカスタム対応か)を選んでください',
        'For a connector build, choose the connector-request option (free request or paid custom work)',
      ),
    });
  }
  const attachments = valueAt(values, 'attachments');
  if (valueAt(values, 'inquiryType') === 'troubleshoot' && (!Array.isArray(attachments) || attachments.length === 0)) {
    messages.push({
      level: 'hint',
      path: 'attachments',
      message: text(
        'トラブルシュートの場合には添付ファイル(オプション)に画面キャプチャなどを添えて頂くと調査がスムーズに進行します。エラー画面で右クリック →「サポート用にキャプチャ」で撮影できます。表示されたエラーメッセージの文面もすべて記載してください',
        'For troubleshooting, attach screen captures: Pentio investigates faster. Right-click the error page → “Capture for support”. Also give the whole error message',
      ),
    });
  }
  return messages;
}
