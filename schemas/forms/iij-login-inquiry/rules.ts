import type { RuleMessage } from '../../form-definition';
import { inquiryRules } from '../iij-shared/inquiry';
import type { IijLoginInquiryInput } from './schema';

export function iijLoginInquiryRules(values: IijLoginInquiryInput, { now }: { now: Date }): RuleMessage[] {
  // The target service (8) often names the linked service the seed-003 restriction is about.
  return inquiryRules(values, now, ['externalService', 'sso.spInitiated', 'sso.idpInitiated']);
}
