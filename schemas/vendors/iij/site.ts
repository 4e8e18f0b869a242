import { iijLoginInquiryListing } from '../../forms/iij-login-inquiry/listing';
import { iijOtherInquiryListing } from '../../forms/iij-other-inquiry/listing';
import { iijWorkRequestListing } from '../../forms/iij-work-request/listing';
import { text } from '../../i18n';
import type { FormListing } from '../../form-definition';
import { defineVendorSite } from '../define';

const forms: readonly FormListing[] = [iijLoginInquiryListing, iijOtherInquiryListing, iijWorkRequestListing];

/** IIJ ID Service: IIJ Service Online (help.iij.ad.jp) or mail. Seeds 000, 001, 003. */
export const iijSite = defineVendorSite({
  id: 'iij',
  name: text('IIJ IDサービス', 'IIJ ID Service'),
  hosts: ['help.iij.ad.jp'],
  forms,
});
