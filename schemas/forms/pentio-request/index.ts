import { pentioRequestMeta } from './listing';
import { pentioFromSsoTrace } from './from-sso-trace';
import { defineForm, type PrefillContext } from '../../form-definition';
import { toJstMinute } from '../../jst';
import { pentioRequestExample } from './example';
import { pentioRequestFields } from './fields';
import { renderPentioRequest } from './render';
import { pentioRequestRules } from './rules';
import { pentioRequestSchema, type PentioRequestInput } from './schema';
import { pentioRequestDelivery } from './target';

/**
 * Starting values: the CC the profile implies (a shared login CCs the person asking; a personal
 * login CCs the registered group address so the team sees the answer), the environment, the
 * captures, and a selected error message as the trouble description.
 */
function pentioDefaults(ctx: PrefillContext): PentioRequestInput {
  const profile = ctx.profile?.vendor === 'pentio' ? ctx.profile : undefined;
  const env = ctx.environment ?? {};
  const ccFromProfile = profile?.accountType === 'shared' ? profile.personalEmail : profile?.groupEmail;
  return {
    accountType: profile?.accountType ?? '',
    oneLoginAccountId: profile?.oneLoginAccountId ?? '',
    cc: ccFromProfile ? [ccFromProfile] : [],
    inquiryType: 'troubleshoot',
    trouble: { symptom: ctx.selectedText ?? '', occurredAt: ctx.occurredAt ? toJstMinute(ctx.occurredAt) : '' },
    env: {
      osName: env.osName ?? '',
      osVersion: env.osVersionUnknown ? '' : (env.osVersion ?? ''),
      browserName: env.browserName ?? '',
      browserVersion: env.browserVersion ?? '',
      pageUrl: ctx.pageUrl ?? '',
    },
    attachments: ctx.captureIds ?? [],
  };
}

export const pentioRequest = defineForm({
  ...pentioRequestMeta,
  schema: pentioRequestSchema,
  fields: pentioRequestFields,
  defaults: pentioDefaults,
  rules: pentioRequestRules,
  render: renderPentioRequest,
  delivery: pentioRequestDelivery,
  fromSsoTrace: pentioFromSsoTrace,
  example: pentioRequestExample,
});
