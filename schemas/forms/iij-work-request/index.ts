import { iijWorkRequestMeta } from './listing';
import { defineForm, type PrefillContext } from '../../form-definition';
import { headerDefaults } from '../iij-shared/header';
import { iijWorkRequestExample } from './example';
import { iijWorkRequestFields } from './fields';
import { renderIijWorkRequest } from './render';
import { iijWorkRequestRules } from './rules';
import { iijWorkRequestSchema } from './schema';
import { iijWorkRequestDelivery } from './target';

export const iijWorkRequest = defineForm({
  ...iijWorkRequestMeta,
  schema: iijWorkRequestSchema,
  fields: iijWorkRequestFields,
  // Only the header comes from the profile; which task is needed is the administrator's call.
  defaults: (ctx: PrefillContext) => ({ ...headerDefaults(ctx), tasks: {} }),
  rules: iijWorkRequestRules,
  render: renderIijWorkRequest,
  delivery: iijWorkRequestDelivery,
  example: iijWorkRequestExample,
});
