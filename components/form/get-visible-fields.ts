import type { FieldDef } from '@/schemas/form-definition';
import type { Values } from '@/schemas/paths';

/**
 * The fields that matter for the current values: a conditional item (visibleWhen) shows only
 * while its condition holds. The one place visibility is decided, for the form and its checks.
 */
export function getVisibleFields(fields: FieldDef[], values: Values): FieldDef[] {
  return fields.filter((field) => !field.visibleWhen || field.visibleWhen(values));
}
