import { iijLoginInquiryMeta } from './listing';
import { iijLoginFromSsoTrace } from './from-sso-trace';
import { defineForm } from '../../form-definition';
import { inquiryDefaults } from '../iij-shared/inquiry';
import { iijLoginInquiryExample } from './example';
import { iijLoginInquiryFields } from './fields';
import { renderIijLoginInquiry } from './render';
import { iijLoginInquiryRules } from './rules';
import { iijLoginInquirySchema } from './schema';
import { iijLoginInquiryDelivery } from './target';

export const iijLoginInquiry = defineForm({
  ...iijLoginInquiryMeta,
  schema: iijLoginInquirySchema,
  fields: iijLoginInquiryFields,
  defaults: inquiryDefaults,
  rules: iijLoginInquiryRules,
  render: renderIijLoginInquiry,
  delivery: iijLoginInquiryDelivery,
  fromSsoTrace: iijLoginFromSsoTrace,
  example: iijLoginInquiryExample,
});
