import type { FormListing, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const iijOtherInquiryMeta = {
  id: 'iij-other-inquiry',
  vendor: 'iij',
  title: text('IIJ IDサービス お問い合わせ(ログイン以外の事象)', 'IIJ ID Service inquiry (other problems)'),
  description: text('ログイン以外に関する事象について問い合わせをする場合', 'For problems other than logging in'),
} satisfies FormMeta;

/** How its vendor's site lists this form (no code: the background reads it). */
export const iijOtherInquiryListing: FormListing = {
  ...iijOtherInquiryMeta,
  channels: ['iij-service-online', 'mail'],
};
