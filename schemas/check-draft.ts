import type { FormDefinition, RenderedTicket, RuleMessage } from './form-definition';
import { say } from './i18n';
import { foldedValueHints, requireVisibleFields } from './required-fields';
import { findUnsafeText, unsafeCharacterMessage } from './text-hygiene';

/** One thing to tell the user about a draft: a schema error or a rule's message. */
export interface DraftIssue {
  level: RuleMessage['level'];
  /** Dot path of the field it concerns; absent for the form as a whole. */
  path?: string;
  /** Already in the user's language. */
  message: string;
  fix?: RuleMessage['fix'];
}

export interface DraftCheck {
  issues: DraftIssue[];
  /** Any error: nothing may be copied, filled or mailed. Warnings and hints never block. */
  blocking: boolean;
  /** The schema's output, when the values validate (what deliveries take). */
  parsed?: unknown;
  /** The vendor text; rendered from the raw values (best effort) while they do not validate. */
  rendered?: RenderedTicket;
  /** The values validate, so `rendered` is the text the vendor would receive. */
  complete: boolean;
}

/**
 * The one draft check: schema, the follow-ups the vendor asks for (requiredMessage), then the
 * form's cross-field rules, then the vendor text. The
 * popup, the plan preparation before any fill (channels/prepare-plan.ts) and the render CLI all
 * judge a draft with this.
 */
export function checkDraft(form: FormDefinition, values: unknown, now: Date): DraftCheck {
  const parsed = form.schema.safeParse(values);
  const issues: DraftIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        level: 'error',
        path: issue.path.map(String).join('.') || undefined,
        message: issue.message,
      }));
  if (parsed.success) issues.push(...foldedValueHints(form.fields, values, parsed.data));
  const reported = new Set(issues.filter((issue) => issue.level === 'error').map((issue) => issue.path));
  issues.push(...requireVisibleFields(form.fields, values).filter((issue) => !reported.has(issue.path)));
  // Characters that cannot be sent or that disguise text: named, with where they are.
  for (const { path, found } of findUnsafeText(values))
    issues.push({
      level: 'error',
      path: path.map(String).join('.') || undefined,
      message: unsafeCharacterMessage(found),
    });
  // Rules read drafts as typed, but only objects: anything else (null, a string) is judged as empty.
  const draft = typeof values === 'object' && values !== null ? values : {};
  for (const rule of form.rules?.(draft as never, { now }) ?? []) {
    issues.push({ level: rule.level, path: rule.path, message: say(rule.message), fix: rule.fix });
  }
  return {
    issues,
    blocking: issues.some((issue) => issue.level === 'error'),
    parsed: parsed.success ? parsed.data : undefined,
    rendered: parsed.success ? form.render(parsed.data) : renderIncomplete(form, values),
    complete: parsed.success,
  };
}

/** "ラベル: メッセージ" for an issue, naming the field when the form has one at that path. */
export function describeIssue(form: FormDefinition, issue: DraftIssue): string {
  const field = issue.path ? form.fields.find((f) => f.path === issue.path) : undefined;
  return field ? `${say(field.label)}: ${issue.message}` : issue.message;
}

/** Keeps the preview live while the input is incomplete; a renderer may not cope with raw input. */
function renderIncomplete(form: FormDefinition, values: unknown): RenderedTicket | undefined {
  try {
    return form.render(values as never);
  } catch {
    return undefined;
  }
}
