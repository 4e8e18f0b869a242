import type { FieldDef, FormDefinition } from '@/schemas/form-definition';
import { vendorById } from '@/schemas/vendors';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';
import { sameValue } from '@/components/form/same-value';
import type { DraftRow } from '@/storage/schema';

/**
 * New prefill (profile changed, environment detected, a screenshot attached) goes only into
 * fields the user has not edited and that still hold the previous prefill.
 */
export function refreshDefaults(
  fields: FieldDef[],
  values: Values,
  previous: Values,
  next: Values,
  edited: ReadonlySet<string>,
): Values {
  let result = values;
  for (const { path } of fields) {
    if (edited.has(path)) continue;
    const current = valueAt(values, path);
    if (sameValue(current, valueAt(previous, path)) && !sameValue(current, valueAt(next, path)))
      result = withValueAt(result, path, valueAt(next, path));
  }
  return result;
}

/**
 * The form to open: on a vendor's page, that vendor's form (the one with the newest draft);
 * elsewhere the newest draft's form, else the first form.
 */
export function suggestForm(
  forms: readonly Pick<FormDefinition, 'id' | 'vendor'>[],
  pageUrl: string | undefined,
  drafts: DraftRow[],
): { formId: string; forPage: boolean } {
  let host = '';
  try {
    host = pageUrl ? new URL(pageUrl).hostname : '';
  } catch {
    // not a URL (about:blank, a closed tab): nothing to suggest from
  }
  if (forms.length === 0) throw new Error('no forms registered');
  const vendorForms = forms.filter((form) =>
    (vendorById(form.vendor)?.hosts ?? []).some((h) => host === h || host.endsWith(`.${h}`)),
  );
  const candidates = vendorForms.length ? vendorForms : forms;
  const newestDraft = drafts.find((draft) => candidates.some((form) => form.id === draft.formId));
  return { formId: newestDraft?.formId ?? candidates[0]!.id, forPage: vendorForms.length > 0 };
}
