import { vendorSites } from '../schemas/vendors/sites';

/**
 * The extra help centers the user granted, from `permissions.getAll().origins` — which also lists
 * the manifest's own vendor hosts, its content-script match patterns and, in the test build,
 * <all_urls>. Only whole https origins (`https://host/*`) count.
 */
export function grantedHelpCenterOrigins(origins: readonly string[]): string[] {
  const vendorHosts = new Set(vendorSites.flatMap((site) => site.hosts));
  return origins.filter((origin) => {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(origin)?.[1];
    return host !== undefined && !vendorHosts.has(host);
  });
}
