import { z } from '../../../zod';
import { tr } from '../../../i18n';
import { headerShape } from '../header';
import { sourceIpSchema } from '../global-ip';
import { iijAccountName } from '../account-name';
import { jstMinute, optionalChoice, optionalJstMinute, optionalText, requiredText } from '../../../common';
import { textAt, valueAt } from '../../../paths';

const shortText = () => optionalText(1000);

export const inquiryShape = {
  ...headerShape,
  description: requiredText('問い合わせ内容', 'what happened'),
  scope: optionalChoice(['all', 'some']),
  userIds: z
    .array(iijAccountName, { error: tr('対象のIIJ IDユーザのIDを入力してください', 'Enter the affected IIJ ID users') })
    .min(1, {
      error: tr(
        '対象のIIJ IDユーザのIDを入力してください。対象がすべてのアカウントであっても、例として1か2つ分を記載ください',
        'Enter the affected IIJ ID users: even when all accounts are affected, give one or two as examples',
      ),
    })
    .max(100, { error: tr('IDは100件までにしてください', 'At most 100 IDs') }),
  occurredAt: jstMinute('事象を確認した具体的な日時', 'when you saw it happen'),
  onset: optionalChoice(['sudden', 'firstTime']),
  unavailableSince: optionalJstMinute(),
  envChange: optionalChoice(['yes', 'no']),
  envChangeDetails: optionalText(),
  env: z
    .object({
      osName: shortText(),
      osVersion: shortText(),
      browserName: shortText(),
      browserVersion: shortText(),
      appName: shortText(),
      appVersion: shortText(),
    })
    .prefault({}),
  sourceIp: sourceIpSchema,
  m365: z
    .object({
      concerned: z.boolean().default(false),
      usage: optionalChoice(['web', 'app', 'both']),
      version: shortText(),
    })
    .prefault({}),
  gateway: z.object({ kind: optionalChoice(['webGateway', 'proxy', 'none']), product: shortText() }).prefault({}),
  screenshots: z
    .object({
      pageUrl: optionalText(4000),
      attachments: z
        .array(z.string().max(1000))
        .max(100, { error: tr('添付は100件までです', 'At most 100 attachments') })
        .default([]),
    })
    .prefault({}),
  directorySync: optionalText(),
};

export type IijInquiryValues = z.output<z.ZodObject<typeof inquiryShape>>;

// When conditional items matter (fields.ts and render.ts use the same tests).

export type Draft = Record<string, unknown>;
export const isSudden = (values: Draft) => valueAt(values, 'onset') === 'sudden';
export const hasEnvChange = (values: Draft) => isSudden(values) && valueAt(values, 'envChange') === 'yes';
export const concernsM365 = (values: Draft) => valueAt(values, 'm365.concerned') === true;
/** The version follows up the native app: for the web version alone, (6) already has the browser's. */
export const usesM365App = (values: Draft) =>
  concernsM365(values) && ['app', 'both'].includes(textAt(values, 'm365.usage'));
export const usesGatewayOrProxy = (values: Draft) => ['webGateway', 'proxy'].includes(textAt(values, 'gateway.kind'));
