import { checkDraft, type DraftCheck, type DraftIssue } from '@/schemas/check-draft';
import type { FieldDef, FormDefinition } from '@/schemas/form-definition';
import type { Values } from '@/schemas/paths';

export interface FormMessage {
  level: DraftIssue['level'];
  /** Already in the user's language. */
  text: string;
  fix?: DraftIssue['fix'];
}

/** The draft check, with each message placed next to the visible field it belongs to. */
export interface FormCheck extends Omit<DraftCheck, 'issues'> {
  /** Messages keyed by the field path they belong to. */
  byField: Map<string, FormMessage[]>;
  /** Messages for no visible field (the form as a whole). */
  general: FormMessage[];
}

/** The visible field a message path belongs to: 'cc.1' belongs to 'cc'. */
function owningField(path: string, fields: FieldDef[]): string | undefined {
  let best: string | undefined;
  for (const { path: candidate } of fields) {
    if ((path === candidate || path.startsWith(`${candidate}.`)) && candidate.length > (best?.length ?? -1))
      best = candidate;
  }
  return best;
}

/** Schema errors and cross-field rules for the current values, placed next to their fields. */
export function checkForm(form: FormDefinition, values: Values, visible: FieldDef[], now: Date): FormCheck {
  const { issues, ...check } = checkDraft(form, values, now);
  const byField = new Map<string, FormMessage[]>();
  const general: FormMessage[] = [];
  for (const { path, level, message, fix } of issues) {
    const field = path ? owningField(path, visible) : undefined;
    const placed: FormMessage = { level, text: message, fix };
    if (field) byField.set(field, [...(byField.get(field) ?? []), placed]);
    else general.push(placed);
  }
  return { ...check, byField, general };
}
