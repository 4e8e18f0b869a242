import { z } from '../../zod';
import { inquiryShape } from '../iij-shared/inquiry';
import { optionalChoice, optionalText } from '../../common';

/** Seed 000, ログインに関する事象: the shared items plus (8)–(10) and (13). */
export const iijLoginInquirySchema = z.object({
  ...inquiryShape,
  externalService: optionalText(1000),
  federationScope: optionalChoice(['all', 'specific']),
  sso: z.object({ spInitiated: optionalText(1000), idpInitiated: optionalText(1000) }).prefault({}),
  failurePoint: optionalChoice(['iijId', 'federatedService']),
  consoleLogin: optionalChoice(['can', 'cannot']),
});

export type IijLoginInquiryInput = z.input<typeof iijLoginInquirySchema>;
export type IijLoginInquiryValues = z.output<typeof iijLoginInquirySchema>;
