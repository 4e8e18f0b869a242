import type { FormListing, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const iijWorkRequestMeta = {
  id: 'iij-work-request',
  vendor: 'iij',
  title: text('IIJ IDサービス 各種作業のご依頼', 'IIJ ID Service work request'),
  description: text(
    'IIJ ID サービスの変更作業を IIJ に依頼する場合',
    'Ask IIJ to make a change for you (resend mails, reset policy, add administrators)',
  ),
} satisfies FormMeta;

/** How its vendor's site lists this form (no code: the background reads it). */
export const iijWorkRequestListing: FormListing = {
  ...iijWorkRequestMeta,
  channels: ['iij-service-online', 'mail'],
};
