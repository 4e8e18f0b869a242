import { useLive } from '@/storage/live';
import type { PageOptionsState } from '@/components/form/fields/types';
import { httpsUrl } from '@/channels/define';
import type { FieldDef, FormDefinition } from '@/schemas/form-definition';
import { vendorById } from '@/schemas/vendors';
import { fieldByLabel } from '@/schemas/zendesk-labels';

/**
 * The options vendor pages listed for fields whose options are the page's own: from the help
 * center of the tab the popup works for, else the form's vendor's help center, newest first.
 * Before any page was read, where to read them (the vendor's request page).
 */
export function usePageOptions(
  form: FormDefinition | undefined,
  pageUrl: string | undefined,
): (field: FieldDef) => PageOptionsState | undefined {
  const hosts = form ? (vendorById(form.vendor)?.hosts ?? []) : [];
  const target = httpsUrl(pageUrl)?.origin;
  const origins = [...(target ? [target] : []), ...hosts.map((host) => `https://${host}`)];
  const key = origins.join(' ');
  // Before a form is open there are no fields to offer options for.
  const rows = useLive(
    form && origins.length ? (db) => db.zendeskForms.where('origin').anyOf(origins).toArray() : undefined,
    [key, form === undefined],
  );
  const ordered = [...(rows ?? [])].sort(
    (a, b) => origins.indexOf(a.origin) - origins.indexOf(b.origin) || b.learnedAt.localeCompare(a.learnedAt),
  );
  return (field) => {
    if (!field.pageOptions) return undefined;
    for (const row of ordered) {
      const pageField = fieldByLabel(row.form, field.pageOptions.labels);
      if (!pageField || pageField.options.length === 0) continue;
      return {
        kind: 'learned',
        options: pageField.options.map((o) => ({ value: o.value, label: o.path.join(' > ') })),
        origin: row.origin,
        learnedAt: row.learnedAt,
      };
    }
    return { kind: 'unknown', requestPage: hosts[0] ? `https://${hosts[0]}/hc/requests/new` : undefined };
  };
}
