import { iijLoginInquiry } from '../../forms/iij-login-inquiry';
import { iijOtherInquiry } from '../../forms/iij-other-inquiry';
import { iijWorkRequest } from '../../forms/iij-work-request';
import { text } from '../../i18n';
import { defineVendor, type VendorForms } from '../define';
import { iijProfileFields, iijProfileSchema } from './profile';

const forms: VendorForms = [iijLoginInquiry, iijOtherInquiry, iijWorkRequest];

/** IIJ ID Service: IIJ Service Online (help.iij.ad.jp) or mail. Seeds 000, 001, 003. */
export const iij = defineVendor({
  id: 'iij',
  name: text('IIJ IDサービス', 'IIJ ID Service'),
  hosts: ['help.iij.ad.jp'],
  profile: { schema: iijProfileSchema, fields: iijProfileFields },
  forms,
});
