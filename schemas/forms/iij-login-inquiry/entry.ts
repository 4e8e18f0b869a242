import type { FormEntry, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const iijLoginInquiryMeta = {
  id: 'iij-login-inquiry',
  vendor: 'iij',
  title: text('IIJ IDサービス お問い合わせ(ログインに関する事象)', 'IIJ ID Service inquiry (login problems)'),
  description: text('ログインに関する事象について問い合わせをする場合', 'For problems logging in'),
} satisfies FormMeta;

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const iijLoginInquiryEntry: FormEntry = {
  ...iijLoginInquiryMeta,
  channels: ['iij-service-online', 'mail'],
  load: async () => (await import('./index')).iijLoginInquiry,
};
