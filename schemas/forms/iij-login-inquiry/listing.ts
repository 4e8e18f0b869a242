import type { FormListing, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const iijLoginInquiryMeta = {
  id: 'iij-login-inquiry',
  vendor: 'iij',
  title: text('IIJ IDサービス お問い合わせ(ログインに関する事象)', 'IIJ ID Service inquiry (login problems)'),
  description: text('ログインに関する事象について問い合わせをする場合', 'For problems logging in'),
} satisfies FormMeta;

/** How its vendor's site lists this form (no code: the background reads it). */
export const iijLoginInquiryListing: FormListing = {
  ...iijLoginInquiryMeta,
  channels: ['iij-service-online', 'mail'],
};
