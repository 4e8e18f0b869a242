import type { FormListing } from '../form-definition';
import type { VendorSite } from './define';

/**
 * Every vendor folder's site.ts (hosts and form entries, no schema), found by the folder, not by
 * a list: the registry (index.ts) stays the one place that lists vendors. For code that judges
 * pages and forms but must not load zod's full build with the profiles: the background.
 */
const siteModules = import.meta.glob<Record<string, VendorSite>>('./*/site.ts', { eager: true });

export const vendorSites: readonly VendorSite[] = Object.values(siteModules).flatMap((module) => Object.values(module));

export function vendorSiteById(id: string): VendorSite | undefined {
  return vendorSites.find((site) => site.id === id);
}

/** A form's listing (id, vendor, title, channels) by its id, or undefined for an id no vendor lists. */
export function formListingById(id: string): FormListing | undefined {
  for (const site of vendorSites) for (const entry of site.forms) if (entry.id === id) return entry;
  return undefined;
}
