import type { DraftIssue } from './check-draft';
import type { FieldDef } from './form-definition';
import { say, text } from './i18n';
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

/** What a field's value reads as text: a string, or a list of strings one a line. */
const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join('\n')
      : undefined;

/**
 * Where the schema folded full-width input to what the vendor expects (ｉｉｊ－ｔａｒｏ＠… →
 * iij-taro@…, ５３１７５７１０ → 53175710), a hint shows the value that will be sent.
 */
export function foldedValueHints(fields: readonly FieldDef[], typed: unknown, parsed: unknown): DraftIssue[] {
  return fields.flatMap((field) => {
    const before = asText(valueAt(typed, field.path));
    const after = asText(valueAt(parsed, field.path));
    if (before === undefined || after === undefined || before.trim() === after) return [];
    const folded = before
      .split('\n')
      .map((line) => line.normalize('NFKC').trim())
      .join('\n');
    if (folded !== after) return [];
    return [
      {
        level: 'hint' as const,
        path: field.path,
        message: say(
          text(`全角の英数字・記号は半角にして送ります: ${after}`, `Full-width characters are sent as: ${after}`),
        ),
      },
    ];
  });
}
