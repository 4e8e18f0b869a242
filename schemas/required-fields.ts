import type { DraftIssue } from './check-draft';
import type { FieldDef } from './form-definition';
import { say } from './i18n';
import { valueAt, type Values } from './paths';

/** Nothing chosen or written: '', blank text, an empty list, an unticked box, absent. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * The follow-ups a vendor asks for (「前者の場合は、以下の内容も記載してください」 …): a field with
 * `requiredMessage` that is visible for these values and left blank is an error, in the vendor's
 * words. The field's `visibleWhen` is the one statement of when the follow-up applies.
 */
export function requireVisibleFields(fields: readonly FieldDef[], values: unknown): DraftIssue[] {
  const draft = (typeof values === 'object' && values !== null ? values : {}) as Values;
  return fields
    .filter((field) => field.requiredMessage && (!field.visibleWhen || field.visibleWhen(draft)))
    .filter((field) => isBlank(valueAt(draft, field.path)))
    .map((field) => ({ level: 'error', path: field.path, message: say(field.requiredMessage!) }));
}
