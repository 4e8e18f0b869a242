import { text, type Text } from './i18n';
import type { ProfileField } from './vendors/define';
import { vendorById } from './vendors';

export type { ProfileField } from './vendors/define';
export { isIdField, isListField } from './vendors/define';

export const profileNameLabel = text('プロファイル名', 'Profile name');

/** The fields the options page draws for a vendor's profile (its own declaration). */
export function profileFieldsOf(vendor: string): ProfileField[] {
  return vendorById(vendor)?.profile.fields ?? [];
}

/** The label of a profile field by key, for error messages ("3件目 · マスターID: ..."). */
export function profileFieldLabel(vendor: string, key: string): Text | undefined {
  if (key === 'name') return profileNameLabel;
  if (key === 'vendor') return text('ベンダー', 'Vendor');
  return profileFieldsOf(vendor).find((f) => f.key === key)?.label;
}
