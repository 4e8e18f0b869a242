import type { RuleMessage } from '../../form-definition';
import { inquiryRules } from '../iij-shared/inquiry';
import { textAt } from '../../paths';
import type { IijLoginInquiryInput } from './schema';

export function iijLoginInquiryRules(values: IijLoginInquiryInput, { now }: { now: Date }): RuleMessage[] {
  // The target service often names the federated service (Microsoft 365 …) the seed-003 hint is about.
  return inquiryRules(values, now, [textAt(values, 'externalService')]);
}
