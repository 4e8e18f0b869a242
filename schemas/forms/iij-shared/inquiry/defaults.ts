import type { PrefillContext } from '../../../form-definition';
import { headerDefaults } from '../header';
import { toJstMinute } from '../../../jst';

/** Starting values: profile header, the incident (error text, moment, page), the environment and the captures. */
export function inquiryDefaults(ctx: PrefillContext) {
  const env = ctx.environment ?? {};
  return {
    ...headerDefaults(ctx),
    description: ctx.selectedText ?? '',
    userIds: [] as string[],
    occurredAt: ctx.occurredAt ? toJstMinute(ctx.occurredAt) : '',
    env: {
      osName: env.osName ?? '',
      // Unknown (Firefox) stays empty so the user fills it in rather than sending a guess.
      osVersion: env.osVersionUnknown ? '' : (env.osVersion ?? ''),
      browserName: env.browserName ?? '',
      browserVersion: env.browserVersion ?? '',
    },
    screenshots: { pageUrl: ctx.pageUrl ?? '', attachments: ctx.captureIds ?? [] },
  };
}
