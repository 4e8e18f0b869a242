import { fujitsuEmptyMailEntry } from '../../forms/fujitsu-empty-mail/entry';
import { defineVendor, type VendorForms } from '../define';
import { fujitsuProfileFields } from './profile-fields';
import { fujitsuSite } from './site';

const forms: VendorForms = [fujitsuEmptyMailEntry];

/** The vendor (site.ts: names, hosts, forms) with its profile and its forms' loaders. */
export const fujitsu = defineVendor({
  ...fujitsuSite,
  profile: { fields: fujitsuProfileFields, loadSchema: () => import('./profile').then((m) => m.fujitsuProfileSchema) },
  forms,
});
