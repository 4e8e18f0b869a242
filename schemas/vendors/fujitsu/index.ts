import { fujitsuEmptyMailEntry } from '../../forms/fujitsu-empty-mail/entry';
import { text } from '../../i18n';
import { defineVendor, type VendorForms } from '../define';
import { fujitsuProfileFields, fujitsuProfileSchema } from './profile';

const forms: VendorForms = [fujitsuEmptyMailEntry];

/** Fujitsu SupportDesk: an empty mail during the recovery period (seed 004). No page to fill. */
export const fujitsu = defineVendor({
  id: 'fujitsu',
  name: text('富士通 SupportDesk', 'Fujitsu SupportDesk'),
  hosts: ['eservice.fujitsu.com'],
  profile: { schema: fujitsuProfileSchema, fields: fujitsuProfileFields },
  forms,
});
