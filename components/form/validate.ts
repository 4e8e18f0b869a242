import type { FieldDef, FormDefinition, RenderedTicket, RuleMessage } from '@/schemas/form-definition';
import { say } from '@/schemas/i18n';
import type { Values } from '@/schemas/paths';

export interface FormMessage {
  level: RuleMessage['level'];
  /** Already in the user's language. */
  text: string;
  fix?: RuleMessage['fix'];
}

export interface FormCheck {
  /** Messages keyed by the field path they belong to. */
  byField: Map<string, FormMessage[]>;
  /** Messages for no visible field (the form as a whole). */
  general: FormMessage[];
  /** Any error: the final actions stay disabled. Warnings and hints never block. */
  blocking: boolean;
  /** The vendor text; `complete` is false when it was rendered from values that do not validate. */
  rendered?: RenderedTicket;
  complete: boolean;
  /** The schema's output, when the values validate (what deliveries take). */
  parsed?: unknown;
}

/** The visible field a message path belongs to: 'cc.1' belongs to 'cc'. */
function owningField(path: string, fields: FieldDef[]): string | undefined {
  let best: string | undefined;
  for (const { path: candidate } of fields) {
    if ((path === candidate || path.startsWith(`${candidate}.`)) && candidate.length > (best?.length ?? -1)) best = candidate;
  }
  return best;
}

/** Schema errors and cross-field rules for the current values, placed next to their fields. */
export function checkForm(form: FormDefinition, values: Values, visible: FieldDef[], now: Date): FormCheck {
  const parsed = form.schema.safeParse(values);
  const found: { path?: string; message: FormMessage }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      found.push({ path: issue.path.map(String).join('.'), message: { level: 'error', text: issue.message } });
    }
  }
  for (const rule of form.rules?.(values, { now }) ?? []) {
    found.push({ path: rule.path, message: { level: rule.level, text: say(rule.message), fix: rule.fix } });
  }
  const byField = new Map<string, FormMessage[]>();
  const general: FormMessage[] = [];
  for (const { path, message } of found) {
    const field = path ? owningField(path, visible) : undefined;
    if (field) byField.set(field, [...(byField.get(field) ?? []), message]);
    else general.push(message);
  }
  return {
    byField,
    general,
    blocking: found.some(({ message }) => message.level === 'error'),
    rendered: parsed.success ? form.render(parsed.data) : renderDraft(form, values),
    complete: parsed.success,
    parsed: parsed.data,
  };
}

/** Keeps the preview live while the input is incomplete; a renderer may not cope with raw input. */
function renderDraft(form: FormDefinition, values: Values): RenderedTicket | undefined {
  try {
    return form.render(values);
  } catch {
    return undefined;
  }
}
