import type { FieldDef, FieldKind, FormDefinition, RenderedTicket } from './form-definition';
import { valueAt, withValueAt, type Values } from './paths';

/**
 * The popup's live view of the vendor text, for drafts that are not finished yet: the form's own
 * renderer, with each missing item shown as 「( 未入力 )」 and every line tied to the field it
 * comes from (a click on the line goes to the field). Preview only: what is copied, filled or
 * mailed is checkDraft's text of validated values, which never holds the marker.
 */
export const MISSING_MARK = '( 未入力 )';

export interface PreviewLine {
  text: string;
  /** The field the line shows; absent for the format's fixed lines. */
  path?: string;
  /** The line shows an item still missing. */
  missing: boolean;
}

export interface DraftPreview {
  subject?: PreviewLine;
  lines: PreviewLine[];
}

/** Private-use characters never typed by a user: a missing value, and a probe for line ownership. */
const MISSING_TOKEN = '\uE000';
const PROBE_TOKEN = '\uE001';

const textKinds: ReadonlySet<FieldKind> = new Set(['text', 'multiline', 'email', 'datetimeJst', 'date']);
const listKinds: ReadonlySet<FieldKind> = new Set(['mailList', 'checkboxGroup', 'captures']);

const emptyOf = (kind: FieldKind): unknown => (kind === 'checkbox' ? false : listKinds.has(kind) ? [] : '');

export const isEmptyValue = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A token standing for a field's value, in the shape the field's renderer reads. */
function tokenValue(field: FieldDef, token: string): unknown | undefined {
  if (textKinds.has(field.kind)) return token;
  if (field.kind === 'mailList') return [token];
  return undefined;
}

/** Another value of a choice field, so that the lines it shows change. */
function probeChoice(field: FieldDef, current: unknown): unknown {
  const options = field.options?.map((o) => o.value) ?? [];
  if (field.kind === 'checkbox') return current !== true;
  if (field.kind === 'radio' || field.kind === 'select') return options.find((o) => o !== current) ?? PROBE_TOKEN;
  if (field.kind === 'checkboxGroup' || field.kind === 'captures') {
    const list = Array.isArray(current) ? current : [];
    const first = options[0] ?? PROBE_TOKEN;
    return list.includes(first) ? list.filter((v) => v !== first) : [...list, first];
  }
  return PROBE_TOKEN;
}

function safeRender(form: FormDefinition, values: Values): RenderedTicket | undefined {
  try {
    return form.render(values as never);
  } catch {
    return undefined;
  }
}

/** The base lines that differ from `other`'s (the stretch between their common start and end). */
function changedRange(base: string[], other: string[]): [number, number] {
  let start = 0;
  while (start < base.length && start < other.length && base[start] === other[start]) start++;
  let end = 0;
  while (
    end < base.length - start &&
    end < other.length - start &&
    base[base.length - 1 - end] === other[other.length - 1 - end]
  )
    end++;
  return [start, base.length - end];
}

const showMissing = (line: string) => line.replace(/\(\s*\uE000\s*\)/g, MISSING_MARK).replace(/\uE000/g, MISSING_MARK);

/**
 * The preview of a draft: `missingPaths` are the visible fields still needing the user. Every
 * field the form declares gets a value of its kind first, so renderers written for validated
 * values cope with a half-typed draft. Undefined only when the renderer still fails.
 */
export function previewDraft(
  form: FormDefinition,
  values: Values,
  visible: readonly FieldDef[],
  missingPaths: readonly string[],
): DraftPreview | undefined {
  let shaped = values;
  for (const field of form.fields)
    if (valueAt(shaped, field.path) === undefined) shaped = withValueAt(shaped, field.path, emptyOf(field.kind));
  const missing = new Set(missingPaths);
  // Missing values the text can show become the marker; choices left open stay as the format shows them (□).
  const markedChoices: string[] = [];
  for (const field of visible) {
    if (!missing.has(field.path) || !isEmptyValue(valueAt(shaped, field.path))) continue;
    const token = tokenValue(field, MISSING_TOKEN);
    if (token === undefined) markedChoices.push(field.path);
    else shaped = withValueAt(shaped, field.path, token);
  }
  const base = safeRender(form, shaped);
  if (!base) return undefined;
  const baseLines = base.body === '' ? [] : base.body.split('\n');
  const owners: (string | undefined)[] = baseLines.map(() => undefined);
  let subjectOwner: string | undefined;

  // Which field a line shows: change the field alone and see which lines change. Text fields
  // first (their lines are exact), then choices, which also show or hide other items' lines.
  const ordered = [
    ...visible.filter((f) => tokenValue(f, PROBE_TOKEN) !== undefined),
    ...visible.filter((f) => tokenValue(f, PROBE_TOKEN) === undefined),
  ];
  for (const field of ordered) {
    const probe = tokenValue(field, PROBE_TOKEN) ?? probeChoice(field, valueAt(shaped, field.path));
    const probed = safeRender(form, withValueAt(shaped, field.path, probe));
    if (!probed) continue;
    if (subjectOwner === undefined && probed.subject !== base.subject) subjectOwner = field.path;
    const probedLines = probed.body === '' ? [] : probed.body.split('\n');
    const [start, end] = changedRange(baseLines, probedLines);
    for (let i = start; i < end; i++) owners[i] ??= field.path;
  }

  const firstLineOf = new Map<string, number>();
  owners.forEach((path, i) => path && !firstLineOf.has(path) && firstLineOf.set(path, i));
  const lines = baseLines.map((line, i): PreviewLine => {
    const path = owners[i];
    const choiceMissing = path !== undefined && markedChoices.includes(path) && firstLineOf.get(path) === i;
    const text = showMissing(line);
    return {
      text: choiceMissing ? `${text} ${MISSING_MARK}` : text,
      path,
      missing: choiceMissing || line.includes(MISSING_TOKEN),
    };
  });
  return {
    subject:
      base.subject === ''
        ? undefined
        : { text: showMissing(base.subject), path: subjectOwner, missing: base.subject.includes(MISSING_TOKEN) },
    lines,
  };
}

/** The preview as one text (tests, the demo): the lines joined as the vendor text is. */
export const previewText = (preview: DraftPreview) => preview.lines.map((l) => l.text).join('\n');

/** A finished text as a preview with no field behind its lines (history, tests). */
export const previewOfTicket = (ticket: Pick<RenderedTicket, 'subject' | 'body'>): DraftPreview => ({
  subject: ticket.subject === '' ? undefined : { text: ticket.subject, missing: false },
  lines: ticket.body === '' ? [] : ticket.body.split('\n').map((line) => ({ text: line, missing: false })),
});
