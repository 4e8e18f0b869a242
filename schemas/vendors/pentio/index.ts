import { pentioRequestEntry } from '../../forms/pentio-request/entry';
import { text } from '../../i18n';
import { defineVendor, type VendorForms } from '../define';
import { pentioProfileFields, pentioProfileSchema } from './profile';

const forms: VendorForms = [pentioRequestEntry];

/** Pentio (OneLogin): its Zendesk help center support.onelogin.jp. Seed 002. */
export const pentio = defineVendor({
  id: 'pentio',
  name: text('ペンティオ (OneLogin)', 'Pentio (OneLogin)'),
  hosts: ['support.onelogin.jp'],
  profile: { schema: pentioProfileSchema, fields: pentioProfileFields },
  forms,
});
