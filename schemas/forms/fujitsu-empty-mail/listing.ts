import type { FormListing, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const fujitsuEmptyMailMeta = {
  id: 'fujitsu-empty-mail',
  vendor: 'fujitsu',
  title: text('SupportDesk 空メール(リカバリー期間)', 'SupportDesk empty mail (recovery period)'),
  description: text(
    '電話で受けた受付番号を件名にした空メールを、登録済み利用者のアドレスから送ります。SupportDesk はこのメールに全返信で回答します。調査資料はこのメールに添付せず、SupportDesk-Web の障害調査資料の送付機能から送ってください',
    'Send an empty mail whose subject is the reception number given on the phone, from the registered user address. SupportDesk answers by replying to all. Do not attach investigation material: upload it with SupportDesk-Web’s upload function',
  ),
} satisfies FormMeta;

/** How its vendor's site lists this form (no code: the background reads it). */
export const fujitsuEmptyMailListing: FormListing = {
  ...fujitsuEmptyMailMeta,
  channels: ['mail'],
};
