import { pentioRequestListing } from '../../forms/pentio-request/listing';
import { text } from '../../i18n';
import type { FormListing } from '../../form-definition';
import { defineVendorSite } from '../define';

const forms: readonly FormListing[] = [pentioRequestListing];

/** Pentio (OneLogin): its Zendesk help center support.onelogin.jp. Seed 002. */
export const pentioSite = defineVendorSite({
  id: 'pentio',
  name: text('ペンティオ (OneLogin)', 'Pentio (OneLogin)'),
  hosts: ['support.onelogin.jp'],
  forms,
});
