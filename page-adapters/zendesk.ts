import type { FieldReport, FillReport, ZendeskPlan } from '@/schemas/fill';
import { ZENDESK_REQUEST_PATH } from '@/channels/zendesk-request-page/path';
import { chooseFiles, clearEditable, clickLikeUser, pasteText, pressKey, setNativeValue, waitFor } from './dom-events';
import { compared, htmlToText, notFound, report } from './fill-report';
import { findByLabel, findLabel, normalizeLabel } from './find-field';
import { isZip, toFile } from './files';
import { wrongPage, type Adapter } from './fill-script';
import { editorIn, waitForRequestForm } from './zendesk-page';
import { readRequestForm } from './zendesk-form-reader';
import type { ZendeskFormDescription, ZendeskFormOption } from '@/schemas/zendesk-form';
import { fieldByLabel } from '@/schemas/zendesk-labels';
import { say } from '@/schemas/i18n';
import { notes, textTargetProblem } from './target-checks';

/**
 * Fills a Zendesk help center's "submit a request" page (Copenhagen theme: React + Garden +
 * CKEditor 5) by label and by Zendesk's own field names, then reads every field back.
 * See ARCHITECTURE.md "Zendesk findings" for why each field is filled the way it is.
 */

const LABELS = {
  subject: ['件名', 'Subject', 'タイトル'],
  description: ['詳細', 'Description', 'お問い合わせ内容'],
  cc: ['CC'],
} as const;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function isPlainTextarea(textarea: HTMLTextAreaElement): boolean {
  return !textarea.hidden && textarea.style.display !== 'none' && !textarea.closest('[hidden]');
}

function fieldOf(element: Element): Element {
  return element.closest('[data-garden-id="forms.field"], .form-field') ?? element.parentElement ?? element;
}

function hiddenValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) => i.value);
}

/**
 * Whether the page marks a field required when its form data does not say: a required control
 * in the field, or Copenhagen's "*" after the label. Never assumed from the absence of an "optional" hint.
 */
function pageRequires(label: Element | undefined): boolean {
  if (!label) return false;
  const field = label.closest('[data-garden-id="dropdowns.combobox.field"]') ?? fieldOf(label);
  if (field.querySelector('[required], [aria-required=true]')) return true;
  return /[*＊]\s*$/.test(label.textContent ?? '');
}

/** How long a widget may take to show what was chosen (a Garden combobox renders it one React render later). */
const SETTLE_MS = 2000;

function listboxOf(combobox: HTMLElement): HTMLElement | null {
  return combobox.ownerDocument.getElementById(combobox.getAttribute('aria-controls') ?? '');
}

function optionsIn(listbox: HTMLElement | null | undefined): HTMLElement[] {
  return [...(listbox?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];
}

/**
 * Opens a Garden combobox and clicks through the option's path (a nested tagger option "親::子"
 * is 親, then 子; its listbox is empty until opened). Escape when a step is not offered.
 */
async function chooseOption(combobox: HTMLElement, path: string[]): Promise<void> {
  const doc = combobox.ownerDocument;
  if (combobox.getAttribute('aria-expanded') !== 'true') clickLikeUser(combobox);
  for (const step of path) {
    const choice = await waitFor(
      () => optionsIn(listboxOf(combobox)).find((o) => normalizeLabel(o.textContent ?? '') === normalizeLabel(step)),
      SETTLE_MS,
      doc,
    );
    if (!choice) return pressKey(combobox, 'Escape');
    clickLikeUser(choice);
  }
}

/** The label element of a dropdown: exactly `label`, else the one label containing it (「(OneLogin) コネクタ…」). */
function dropdownLabel(form: HTMLFormElement, label: string): Element | undefined {
  const exact = findLabel(form, [label]);
  if (exact) return exact;
  const wanted = normalizeLabel(label);
  const containing = [...form.querySelectorAll('[data-garden-id$=".label"], label')].filter((l) =>
    normalizeLabel(l.textContent ?? '').includes(wanted),
  );
  return containing.length === 1 ? containing[0] : undefined;
}

function comboboxFor(form: HTMLFormElement, label: string): { combobox: HTMLElement; label: Element } | undefined {
  const labelElement = dropdownLabel(form, label);
  if (!labelElement) return undefined;
  const field = labelElement.closest('[data-garden-id="dropdowns.combobox.field"]');
  const combobox =
    field?.querySelector<HTMLElement>('[role=combobox]') ??
    (findByLabel(form, [labelElement.textContent ?? ''], (c) => c.getAttribute('role') === 'combobox') as
      HTMLElement | undefined);
  return combobox ? { combobox, label: labelElement } : undefined;
}

/** The label a combobox currently shows (Garden renders the selection inside the combobox). */
function shownOption(combobox: HTMLElement): string {
  return (combobox.textContent ?? '').trim();
}

/** The value the form will submit for this combobox: Garden keeps it in a named, hidden input. */
function submittedValue(combobox: HTMLElement): string | undefined {
  const field = combobox.closest('[data-garden-id="dropdowns.combobox.field"]') ?? combobox;
  return field.querySelector<HTMLInputElement>('input[name]')?.value;
}

/** Labels the page does have, for a report that says what is there instead. */
function pageLabels(form: HTMLFormElement): string {
  const labels = [...form.querySelectorAll('[data-garden-id$=".label"], label')]
    .map((l) => (l.textContent ?? '').replace(/[*＊]/g, '').trim())
    .filter((l, i, all) => l && all.indexOf(l) === i);
  return labels.join('、');
}

type PlannedDropdown = ZendeskPlan['dropdowns'][number];

/** The page's option for a planned dropdown: by value (learned from the page), else by visible label. */
function pageOption(
  described: ZendeskFormDescription | undefined,
  pageLabel: string,
  planned: PlannedDropdown,
): ZendeskFormOption {
  const options = (described && fieldByLabel(described, [pageLabel, planned.label])?.options) ?? [];
  return (
    options.find((o) => planned.value !== undefined && o.value === planned.value) ??
    options.find((o) => normalizeLabel(o.label) === normalizeLabel(planned.option)) ?? {
      label: planned.option,
      value: planned.value ?? '',
      path: planned.option.split('::'),
    }
  );
}

/** Chooses the option, waits (bounded) until the widget shows it, and reports what the form will submit. */
async function fillDropdown(
  found: { combobox: HTMLElement; label: Element },
  option: ZendeskFormOption,
  required: boolean,
  label: string,
): Promise<FieldReport> {
  const { combobox } = found;
  const shownLabel = option.path.at(-1) ?? option.label;
  const settled = () => {
    const shown = normalizeLabel(shownOption(combobox));
    const value = submittedValue(combobox);
    const showsIt = shown === normalizeLabel(shownLabel) || shown === normalizeLabel(option.path.join('>'));
    return showsIt && (option.value === '' || value === undefined || value === option.value) ? true : undefined;
  };
  if (!settled()) {
    await chooseOption(combobox, option.path);
    await waitFor(settled, SETTLE_MS, combobox.ownerDocument);
  }
  const value = submittedValue(combobox);
  // ✓ only when the form will carry the option: by its value when the page told us the value.
  const carried = option.value === '' || value === undefined ? settled() : value === option.value;
  return {
    label,
    status: carried ? 'filled' : 'differs',
    required,
    expected: option.label,
    actual: shownOption(combobox),
  };
}

function ticketFormSelector(form: HTMLFormElement): HTMLElement | undefined {
  const hidden = form.ownerDocument.querySelector(
    'input[name="request[ticket_form_id]"], input[name="ticket_form_id"]',
  );
  return (
    hidden?.closest('[data-garden-id="dropdowns.combobox.field"]')?.querySelector<HTMLElement>('[role=combobox]') ??
    undefined
  );
}

interface Located {
  subject?: HTMLInputElement;
  description?: { editor: HTMLElement | null; textarea: HTMLTextAreaElement | null };
  /** The page submits the description as HTML (its WYSIWYG editor writes it). */
  html: boolean;
}

function locate(form: HTMLFormElement): Located {
  const subject = (findByLabel(form, LABELS.subject, (c) => c instanceof HTMLInputElement) ??
    form.querySelector('input[name="request[subject]"]')) as HTMLInputElement | undefined;
  const labelled = findByLabel(
    form,
    LABELS.description,
    (c) => c instanceof HTMLTextAreaElement || c.getAttribute('contenteditable') === 'true',
  );
  const submitted =
    form.querySelector<HTMLTextAreaElement>('textarea[name="request[description]"]') ??
    (labelled instanceof HTMLTextAreaElement ? labelled : null);
  const html = !!form.querySelector('input[name="request[description_mimetype]"][value="text/html"]');
  // CKEditor hides the submitted textarea and owns its value: write through the editor when there is one.
  const editor = editorIn(labelled ? fieldOf(labelled) : form);
  const description = editor
    ? { editor, textarea: submitted }
    : submitted && (html || isPlainTextarea(submitted))
      ? { editor: null, textarea: submitted }
      : undefined;
  return { subject: subject ?? undefined, description, html };
}

async function fillDescription(
  description: NonNullable<Located['description']>,
  text: string,
  html: boolean,
): Promise<FieldReport> {
  const { editor, textarea } = description;
  const label = LABELS.description[0];
  if (!editor) {
    // Raw text in a field the page submits as HTML would lose its line breaks and could be read as markup.
    if (html || !textarea) return { ...notFound(label, true, text), note: say(notes.editorNotReady()) };
    const problem = textTargetProblem(textarea, text);
    if (problem)
      return { label, status: 'differs', required: true, expected: text, actual: textarea.value, note: problem };
    setNativeValue(textarea, text);
    return compared(label, text, textarea.value, true);
  }
  if ((editor.textContent ?? '').trim() !== '') clearEditable(editor);
  pasteText(editor, text);
  // The theme copies the editor's HTML into the submitted textarea; read that, it is what Zendesk receives.
  const synced = await waitFor(
    () => (textarea && textarea.value.trim() !== '' ? textarea.value : undefined),
    3000,
    editor.ownerDocument,
  );
  return compared(label, text, synced === undefined ? editor.innerText : htmlToText(synced), true);
}

function fillSubject(subject: HTMLInputElement, text: string): FieldReport {
  const label = LABELS.subject[0];
  const problem = textTargetProblem(subject, text);
  if (problem)
    return { label, status: 'differs', required: true, expected: text, actual: subject.value, note: problem };
  setNativeValue(subject, text);
  return compared(label, text, subject.value, true);
}

async function fillCc(form: HTMLFormElement, addresses: string[]): Promise<FieldReport[]> {
  if (addresses.length === 0) return [];
  const label = findLabel(form, LABELS.cc);
  const input = findByLabel(form, LABELS.cc, (c) => c instanceof HTMLInputElement && c.type !== 'file') as
    HTMLInputElement | undefined;
  if (!input) return [notFound('CC', false, addresses.join(', '))];
  const valid = addresses.filter((a) => EMAIL.test(a));
  const invalid = addresses.filter((a) => !EMAIL.test(a));
  const present = new Set(hiddenValues(form, 'request[collaborators][]'));
  const toAdd = valid.filter((a) => !present.has(a));
  if (toAdd.length > 0) {
    pasteText(input, toAdd.join(', '));
    await waitFor(
      () => toAdd.every((a) => hiddenValues(form, 'request[collaborators][]').includes(a)) || undefined,
      3000,
      form.ownerDocument,
    );
  }
  const after = hiddenValues(form, 'request[collaborators][]');
  const required = pageRequires(label);
  return [
    ...valid.map((a) => compared(`CC ${a}`, a, after.includes(a) ? a : '', required)),
    // An invalid address would still become a tag: we never type it.
    ...invalid.map((a): FieldReport => ({ label: `CC ${a}`, status: 'differs', required, expected: a, actual: '' })),
  ];
}

async function fillAttachments(form: HTMLFormElement, plan: ZendeskPlan): Promise<FieldReport[]> {
  if (plan.files.length === 0) return [];
  const dropzone = form.querySelector('[data-garden-id="forms.file_upload"]');
  // The dropzone's own input: the form's first file input is CKEditor's image button.
  const input = (dropzone?.querySelector('input[type=file]') ??
    dropzone?.parentElement?.querySelector('input[type=file]')) as HTMLInputElement | null | undefined;
  const label = (name: string) => `添付ファイル ${name}`;
  if (!input) return plan.files.map((f) => notFound(label(f.name), true, f.name));
  const accepted = plan.files.filter((f) => !isZip(f));
  const before = hiddenValues(form, 'request[attachments][]').length;
  // One file at a time: each upload is its own request, so choosing them together lets the
  // ticket list them in whatever order the uploads finish rather than the order the text gives.
  for (const [i, file] of accepted.entries()) {
    chooseFiles(input, [toFile(file)]);
    await waitFor(
      () => hiddenValues(form, 'request[attachments][]').length >= before + i + 1 || undefined,
      20_000,
      form.ownerDocument,
    );
  }
  const field = fieldOf(dropzone ?? input).textContent ?? '';
  const uploaded = hiddenValues(form, 'request[attachments][]').length - before;
  return plan.files.map((f): FieldReport => {
    if (isZip(f)) return { label: label(f.name), status: 'differs', required: true, expected: f.name, actual: 'ZIP' };
    return compared(label(f.name), f.name, uploaded >= accepted.length && field.includes(f.name) ? f.name : '', true);
  });
}

/** Required fields the page has that the plan does not fill, still empty: the user must fill them. */
function requiredElsewhere(
  form: HTMLFormElement,
  described: ZendeskFormDescription | undefined,
  planned: string[],
): FieldReport[] {
  const covered = new Set([...planned, 'request[subject]', 'request[description]']);
  return (described?.fields ?? [])
    .filter((f) => f.required && !covered.has(f.name))
    .filter((f) => {
      const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(f.name)}"]`)];
      return inputs.length > 0 && !inputs.some((i) => (i.type === 'checkbox' ? i.checked : i.value.trim() !== ''));
    })
    .map((f) => ({ ...notFound(f.label, true), note: say(notes.requiredElsewhere(f.label)) }));
}

/** Fills the request form with the plan and reports every field as read back from the page. */
export async function fillZendesk(plan: ZendeskPlan, doc: Document = document): Promise<FillReport> {
  const form = await waitForRequestForm(doc);
  if (!form)
    return report([
      notFound(LABELS.subject[0], true, plan.subject),
      notFound(LABELS.description[0], true, plan.description),
    ]);

  // The page's own description of its form: option values, labels and required flags.
  const described = readRequestForm(doc);
  const selector = ticketFormSelector(form);
  const offered =
    !described?.ticketForms ||
    described.ticketForms.some((f) => normalizeLabel(f.name) === normalizeLabel(plan.ticketForm ?? ''));
  if (
    plan.ticketForm &&
    selector &&
    offered &&
    normalizeLabel(shownOption(selector)) !== normalizeLabel(plan.ticketForm)
  ) {
    // Choosing another ticket form reloads the page with other fields: stop, the user picks it first.
    // (A help center without that ticket form fills the one it shows; its fields decide.)
    return report([
      {
        label: 'チケットフォーム',
        status: 'differs',
        required: true,
        expected: plan.ticketForm,
        actual: shownOption(selector),
      },
    ]);
  }

  const located = locate(form);
  const dropdowns = plan.dropdowns.map((d) => {
    const found = comboboxFor(form, d.label);
    const pageField = described && fieldByLabel(described, [found?.label.textContent ?? d.label, d.label]);
    const required = d.required || (pageField?.required ?? (found ? pageRequires(found.label) : false));
    return { ...d, found, pageField, required };
  });
  // A missing required field stops the fill before anything is touched; a missing optional one does not.
  const missingNote = (label: string) => say(notes.missing(label, pageLabels(form)));
  const missing = [
    ...(located.subject ? [] : [notFound(LABELS.subject[0], true, plan.subject)]),
    ...(located.description ? [] : [notFound(LABELS.description[0], true, plan.description)]),
    ...dropdowns.filter((d) => !d.found && d.required).map((d) => notFound(d.label, true, d.option)),
  ].map((f) => ({ ...f, note: missingNote(f.label) }));
  if (missing.length > 0) return report(missing);

  // Uploads go to the server while the other fields are filled (they are read back at the end).
  const attachments = fillAttachments(form, plan);
  const fields: FieldReport[] = [];
  if (located.subject) fields.push(fillSubject(located.subject, plan.subject));
  for (const d of dropdowns) {
    if (!d.found) {
      fields.push({ ...notFound(d.label, false, d.option), note: missingNote(d.label) });
      continue;
    }
    const option = pageOption(described, d.found.label.textContent ?? d.label, d);
    if (d.pageField && !d.pageField.options.some((o) => o.value === option.value)) {
      fields.push({
        label: d.label,
        status: 'differs',
        required: d.required,
        expected: option.label,
        actual: shownOption(d.found.combobox),
        note: say(notes.notOffered(option.label)),
      });
      continue;
    }
    fields.push(await fillDropdown(d.found, option, d.required, d.label));
  }
  fields.push(...(await fillCc(form, plan.cc)));
  if (located.description) fields.push(await fillDescription(located.description, plan.description, located.html));
  fields.push(...(await attachments));
  fields.push(
    ...requiredElsewhere(
      form,
      described,
      dropdowns.map((d) => d.pageField?.name ?? ''),
    ),
  );
  return report(fields);
}

/** The Zendesk fill script (injected by the background on the user's fill): request pages only. */
export const zendeskAdapter: Adapter = {
  id: 'zendesk',
  async apply(plan) {
    if (plan.adapter !== 'zendesk' || !ZENDESK_REQUEST_PATH.test(location.pathname)) return wrongPage();
    return { kind: 'report', report: await fillZendesk(plan) };
  },
};
