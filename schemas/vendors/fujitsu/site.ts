import { fujitsuEmptyMailListing } from '../../forms/fujitsu-empty-mail/listing';
import { text } from '../../i18n';
import type { FormListing } from '../../form-definition';
import { defineVendorSite } from '../define';

const forms: readonly FormListing[] = [fujitsuEmptyMailListing];

/** Fujitsu SupportDesk: an empty mail during the recovery period (seed 004). No page to fill. */
export const fujitsuSite = defineVendorSite({
  id: 'fujitsu',
  name: text('富士通 SupportDesk', 'Fujitsu SupportDesk'),
  hosts: ['eservice.fujitsu.com'],
  forms,
});
