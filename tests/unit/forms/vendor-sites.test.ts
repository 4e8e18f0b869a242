import { describe, expect, it } from 'vitest';
import { formEntries } from '@/schemas/catalog';
import { vendors } from '@/schemas/vendors';
import { formListingById, vendorSiteById, vendorSites } from '@/schemas/vendors/sites';

/**
 * The background judges pages by the vendors' sites (site.ts, no schema); everything else reads
 * the registry. A vendor folder whose site.ts were missing, or listed other forms, would fill
 * pages the popup does not offer, or refuse the ones it does.
 */
describe('vendor sites (schemas/vendors/<vendor>/site.ts)', () => {
  it('every registered vendor has its site, with the same hosts and the same forms in the same order', () => {
    expect(vendorSites.map((site) => site.id).sort()).toEqual(vendors.map((vendor) => vendor.id).sort());
    for (const vendor of vendors) {
      const site = vendorSiteById(vendor.id);
      expect(site?.hosts).toEqual(vendor.hosts);
      expect(site?.forms.map(({ id, vendor, channels }) => ({ id, vendor, channels }))).toEqual(
        vendor.forms.map(({ id, vendor, channels }) => ({ id, vendor, channels })),
      );
    }
  });

  it('lists every form of the catalog, and nothing a form entry could load', () => {
    for (const entry of formEntries)
      expect(formListingById(entry.id)).toMatchObject({ id: entry.id, title: entry.title });
    for (const site of vendorSites) for (const form of site.forms) expect(form).not.toHaveProperty('load');
    expect(formListingById('no-such-form')).toBeUndefined();
  });
});
