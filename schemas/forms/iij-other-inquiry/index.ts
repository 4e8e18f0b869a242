import { defineForm } from '../../form-definition';
import { text } from '../../i18n';
import { inquiryDefaults } from '../iij-shared/inquiry';
import { iijOtherInquiryExample } from './example';
import { iijOtherInquiryFields } from './fields';
import { renderIijOtherInquiry } from './render';
import { iijOtherInquiryRules } from './rules';
import { iijOtherInquirySchema } from './schema';
import { iijOtherInquiryDelivery } from './target';

export const iijOtherInquiry = defineForm({
  id: 'iij-other-inquiry',
  vendor: 'iij',
  title: text('IIJ IDサービス お問い合わせ(ログイン以外の事象)', 'IIJ ID Service inquiry (other problems)'),
  description: text('ログイン以外に関する事象について問い合わせをする場合', 'For problems other than logging in'),
  schema: iijOtherInquirySchema,
  fields: iijOtherInquiryFields,
  defaults: inquiryDefaults,
  rules: iijOtherInquiryRules,
  render: renderIijOtherInquiry,
  delivery: iijOtherInquiryDelivery,
  example: iijOtherInquiryExample,
});
