import type * as z from 'zod/mini';
import type { FormEntry } from '../form-definition';
import type { Text } from '../i18n';

/** How the options page draws one profile field, and how errors name it. */
export interface ProfileField {
  key: string;
  label: Text;
  kind: 'text' | 'email' | 'list' | 'mailList' | 'accountType';
  help?: Text;
  optional?: boolean;
}

/**
 * A vendor IS this: its id and names, the hosts of its own pages, what its profile holds, and
 * its forms (each form names the delivery channels it uses). Everything vendor-specific the
 * rest of the extension needs — the profile union, the form list, the manifest's host
 * permissions and content-script matches, the managed-storage schema — is derived from these.
 */
export interface VendorDefinition<Id extends string = string, P extends z.ZodMiniType = z.ZodMiniType> {
  id: Id;
  name: Text;
  /** The vendor's own https hosts: host permissions, content-script matches, form suggestion. */
  hosts: string[];
  profile: { schema: P; fields: ProfileField[] };
  forms: VendorForms;
}

/**
 * A vendor's forms, as entries (schemas/forms/<form>/entry.ts): each definition loads only when
 * its form is opened. Vendor folders annotate their list with this type: forms read profiles,
 * whose type derives from the vendors, so an inferred list would be a circular type.
 */
export type VendorForms = readonly FormEntry[];

/** Keeps the vendor's id and profile types flowing into the registry. */
export function defineVendor<Id extends string, P extends z.ZodMiniType>(
  vendor: VendorDefinition<Id, P>,
): VendorDefinition<Id, P> {
  return vendor;
}
