import { pentioRequestEntry } from '../../forms/pentio-request/entry';
import { defineVendor, type VendorForms } from '../define';
import { pentioProfileFields } from './profile-fields';
import { pentioSite } from './site';

const forms: VendorForms = [pentioRequestEntry];

/** The vendor (site.ts: names, hosts, forms) with its profile and its forms' loaders. */
export const pentio = defineVendor({
  ...pentioSite,
  profile: { fields: pentioProfileFields, loadSchema: () => import('./profile').then((m) => m.pentioProfileSchema) },
  forms,
});
