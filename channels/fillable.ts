import type { FormListing } from '../schemas/form-definition';
import { vendorSiteById } from '../schemas/vendors/sites';
import { pageChannelOf } from '.';

// Not in channels/index.ts: wxt.config.ts reads that file in Node, where the vendor sites'
// folder lookup (import.meta.glob) does not exist.
/**
 * Whether the form's page channel accepts `url`: the top frame's https page on one of its vendor's
 * hosts, or on a help center the user granted. Judged from the form's entry, so deciding
 * needs no form definition (the background never loads one).
 */
export function acceptsPage(entry: FormListing, url: string | undefined, grants: readonly string[]): boolean {
  const channel = pageChannelOf(entry);
  return !!channel && channel.accepts(url, { hosts: vendorSiteById(entry.vendor)?.hosts ?? [], grants });
}
