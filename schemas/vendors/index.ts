import { fujitsu } from './fujitsu';
import { iij } from './iij';
import { pentio } from './pentio';

/**
 * The registry: every vendor, in the order the popup and options list them. Adding a vendor is
 * one folder beside these and one line here; nothing else lists vendors.
 */
export const vendors = [iij, pentio, fujitsu] as const;

export type VendorId = (typeof vendors)[number]['id'];

export type Vendor = (typeof vendors)[number];

export function vendorById(id: string): Vendor | undefined {
  return vendors.find((vendor) => vendor.id === id);
}
