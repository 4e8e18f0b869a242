import { iijLoginFromSsoTrace } from './from-sso-trace';
import { defineForm } from '../../form-definition';
import { text } from '../../i18n';
import { inquiryDefaults } from '../iij-shared/inquiry';
import { iijLoginInquiryExample } from './example';
import { iijLoginInquiryFields } from './fields';
import { renderIijLoginInquiry } from './render';
import { iijLoginInquiryRules } from './rules';
import { iijLoginInquirySchema } from './schema';
import { iijLoginInquiryDelivery } from './target';

export const iijLoginInquiry = defineForm({
  id: 'iij-login-inquiry',
  vendor: 'iij',
  title: text('IIJ IDサービス お問い合わせ(ログインに関する事象)', 'IIJ ID Service inquiry (login problems)'),
  description: text('ログインに関する事象について問い合わせをする場合', 'For problems logging in'),
  schema: iijLoginInquirySchema,
  fields: iijLoginInquiryFields,
  defaults: inquiryDefaults,
  rules: iijLoginInquiryRules,
  render: renderIijLoginInquiry,
  delivery: iijLoginInquiryDelivery,
  fromSsoTrace: iijLoginFromSsoTrace,
  example: iijLoginInquiryExample,
});
