import type { RuleMessage } from '../../form-definition';
import { inquiryRules } from '../iij-shared/inquiry';
import type { IijOtherInquiryInput } from './schema';

export function iijOtherInquiryRules(values: IijOtherInquiryInput, { now }: { now: Date }): RuleMessage[] {
  return inquiryRules(values, now);
}
