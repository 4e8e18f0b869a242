import { iijLoginInquiryEntry } from '../../forms/iij-login-inquiry/entry';
import { iijOtherInquiryEntry } from '../../forms/iij-other-inquiry/entry';
import { iijWorkRequestEntry } from '../../forms/iij-work-request/entry';
import { defineVendor, type VendorForms } from '../define';
import { iijProfileFields } from './profile-fields';
import { iijSite } from './site';

const forms: VendorForms = [iijLoginInquiryEntry, iijOtherInquiryEntry, iijWorkRequestEntry];

/** The vendor (site.ts: names, hosts, forms) with its profile and its forms' loaders. */
export const iij = defineVendor({
  ...iijSite,
  profile: { fields: iijProfileFields, loadSchema: () => import('./profile').then((m) => m.iijProfileSchema) },
  forms,
});
