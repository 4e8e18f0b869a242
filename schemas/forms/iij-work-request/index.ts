import { defineForm, type PrefillContext } from '../../form-definition';
import { text } from '../../i18n';
import { headerDefaults } from '../iij-shared/header';
import { iijWorkRequestExample } from './example';
import { iijWorkRequestFields } from './fields';
import { renderIijWorkRequest } from './render';
import { iijWorkRequestRules } from './rules';
import { iijWorkRequestSchema } from './schema';
import { iijWorkRequestDelivery } from './target';

export const iijWorkRequest = defineForm({
  id: 'iij-work-request',
  vendor: 'iij',
  title: text('IIJ IDサービス 各種作業のご依頼', 'IIJ ID Service work request'),
  description: text(
    'IIJ ID サービスの変更作業を IIJ に依頼する場合',
    'Ask IIJ to make a change for you (resend mails, reset policy, add administrators)',
  ),
  schema: iijWorkRequestSchema,
  fields: iijWorkRequestFields,
  // Only the header comes from the profile; which task is needed is the administrator's call.
  defaults: (ctx: PrefillContext) => ({ ...headerDefaults(ctx), tasks: {} }),
  rules: iijWorkRequestRules,
  render: renderIijWorkRequest,
  delivery: iijWorkRequestDelivery,
  example: iijWorkRequestExample,
});
