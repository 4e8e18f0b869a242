import { iijLoginInquiryEntry } from '../../forms/iij-login-inquiry/entry';
import { iijOtherInquiryEntry } from '../../forms/iij-other-inquiry/entry';
import { iijWorkRequestEntry } from '../../forms/iij-work-request/entry';
import { text } from '../../i18n';
import { defineVendor, type VendorForms } from '../define';
import { iijProfileFields, iijProfileSchema } from './profile';

const forms: VendorForms = [iijLoginInquiryEntry, iijOtherInquiryEntry, iijWorkRequestEntry];

/** IIJ ID Service: IIJ Service Online (help.iij.ad.jp) or mail. Seeds 000, 001, 003. */
export const iij = defineVendor({
  id: 'iij',
  name: text('IIJ IDサービス', 'IIJ ID Service'),
  hosts: ['help.iij.ad.jp'],
  profile: { schema: iijProfileSchema, fields: iijProfileFields },
  forms,
});
