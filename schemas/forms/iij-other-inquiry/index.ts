import { iijOtherInquiryMeta } from './listing';
import { defineForm } from '../../form-definition';
import { inquiryDefaults } from '../iij-shared/inquiry';
import { iijOtherInquiryExample } from './example';
import { iijOtherInquiryFields } from './fields';
import { renderIijOtherInquiry } from './render';
import { iijOtherInquiryRules } from './rules';
import { iijOtherInquirySchema } from './schema';
import { iijOtherInquiryDelivery } from './target';

export const iijOtherInquiry = defineForm({
  ...iijOtherInquiryMeta,
  schema: iijOtherInquirySchema,
  fields: iijOtherInquiryFields,
  defaults: inquiryDefaults,
  rules: iijOtherInquiryRules,
  render: renderIijOtherInquiry,
  delivery: iijOtherInquiryDelivery,
  example: iijOtherInquiryExample,
});
