import type * as z from 'zod/mini';
import type { FormEntry, FormListing } from '../form-definition';
import type { Text } from '../i18n';

interface ProfileFieldBase {
  key: string;
  label: Text;
  help?: Text;
  optional?: boolean;
}

/** A profile field that is not an identifier: a name, a mail address, a list, a choice. */
export interface PlainProfileField extends ProfileFieldBase {
  kind: 'text' | 'email' | 'mailList' | 'accountType';
  /** A sample value, shown as the input's placeholder (「例: …」). */
  example?: Text;
}

/**
 * An ID or code the vendor gave the organization (one value, or one per line): the administrator
 * has to look it up, so it says what a value looks like and where it is shown — both from the
 * vendor's own documents, never guessed. Full-width input is folded to ASCII (schema and editor).
 */
export interface IdProfileField extends ProfileFieldBase {
  kind: 'id' | 'idList';
  /** What a value looks like: the vendor documents' own sample, or its shape when they give none. */
  example: Text;
  /** Where the administrator finds the value; shown behind 「どこで確認できますか?」. */
  whereToFind: Text;
}

/** How the options page draws one profile field, and how errors name it. */
export type ProfileField = PlainProfileField | IdProfileField;

export const isIdField = (field: ProfileField): field is IdProfileField =>
  field.kind === 'id' || field.kind === 'idList';

/** Fields that hold several values, edited one per line. */
export const isListField = (field: ProfileField) => field.kind === 'mailList' || field.kind === 'idList';

/**
 * Where a vendor is and what it offers, without its profile: its id and names, the hosts of its
 * own pages and its forms (each form names the delivery channels it uses). Each vendor folder
 * keeps it in site.ts, which imports no schema and no form loader, so the background can judge
 * pages by it without bundling profiles or forms (schemas/vendors/sites.ts finds every folder's site).
 */
export interface VendorSite<Id extends string = string> {
  id: Id;
  name: Text;
  /** The vendor's own https hosts: host permissions, content-script matches, form suggestion. */
  hosts: string[];
  /** Its forms' listings (schemas/forms/<form>/listing.ts), annotated like VendorForms. */
  forms: readonly FormListing[];
}

/**
 * A vendor IS this: its site and what its profile holds. Everything vendor-specific the rest of
 * the extension needs — the profile union, the form list, the manifest's host permissions and
 * content-script matches, the managed-storage schema — is derived from these.
 */
export interface VendorDefinition<
  Id extends string = string,
  P extends z.ZodMiniType = z.ZodMiniType,
> extends VendorSite<Id> {
  /** The profile's fields (drawn without zod) and its schema, loaded when a profile is checked. */
  profile: { fields: ProfileField[]; loadSchema: () => Promise<P> };
  /** The same forms as its site lists, in the same order, with their loaders (a unit test holds them equal). */
  forms: VendorForms;
}

/**
 * A vendor's forms, as entries (schemas/forms/<form>/entry.ts): each definition loads only when
 * its form is opened. Vendor folders annotate their list with this type: forms read profiles,
 * whose type derives from the vendors, so an inferred list would be a circular type.
 */
export type VendorForms = readonly FormEntry[];

/** Keeps the vendor's id type flowing from its site.ts into its definition. */
export function defineVendorSite<Id extends string>(site: VendorSite<Id>): VendorSite<Id> {
  return site;
}

/** Keeps the vendor's id and profile types flowing into the registry. */
export function defineVendor<Id extends string, P extends z.ZodMiniType>(
  vendor: VendorDefinition<Id, P>,
): VendorDefinition<Id, P> {
  return vendor;
}
