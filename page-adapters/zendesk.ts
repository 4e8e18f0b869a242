import { ZENDESK_REQUEST_PATH, type FieldReport, type FillReport, type ZendeskPlan } from '@/schemas/fill';
import { chooseFiles, clearEditable, clickLikeUser, pasteText, pressKey, setNativeValue, waitFor } from './dom-events';
import { compared, htmlToText, notFound, report } from './fill-report';
import { findByLabel, findLabel, normalizeLabel } from './find-field';
import { isZip, toFile } from './files';
import { wrongPage, type Adapter } from './run';

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

/** Waits until React has rendered the form (≈0.5 s) and CKEditor, if any, is ready (≈1 s). */
export async function waitForRequestForm(
  doc: Document = document,
  timeoutMs = 10_000,
): Promise<HTMLFormElement | undefined> {
  const submit = await waitFor(() => doc.querySelector<HTMLButtonElement>('form button[type=submit]'), timeoutMs, doc);
  const form = submit?.form ?? undefined;
  if (!form) return undefined;
  // The WYSIWYG description submits HTML; its editor appears after the form does.
  if (form.querySelector('input[name="request[description_mimetype]"][value="text/html"]'))
    await waitFor(() => editorIn(form), timeoutMs, doc);
  return form;
}

function isPlainTextarea(textarea: HTMLTextAreaElement): boolean {
  return !textarea.hidden && textarea.style.display !== 'none' && !textarea.closest('[hidden]');
}

function editorIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.ck-editor__editable[contenteditable=true]');
}

function fieldOf(element: Element): Element {
  return element.closest('[data-garden-id="forms.field"], .form-field') ?? element.parentElement ?? element;
}

function hiddenValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) => i.value);
}

/** A field is required when the page says so (required/aria-required, or no "optional" hint on its label). */
function pageRequires(label: Element | undefined): boolean {
  if (!label) return false;
  const field = fieldOf(label);
  if (field.querySelector('[required], [aria-required=true]')) return true;
  return !/オプション|optional|任意/i.test(label.textContent ?? '');
}

/** Opens a Garden combobox and clicks the option with this visible label (its listbox is empty until opened). */
async function chooseOption(combobox: HTMLElement, option: string): Promise<void> {
  clickLikeUser(combobox);
  const listbox = await waitFor(
    () => {
      const list = combobox.ownerDocument.getElementById(combobox.getAttribute('aria-controls') ?? '');
      return list?.querySelector('[role=option]') ? list : undefined;
    },
    3000,
    combobox.ownerDocument,
  );
  const choice = [...(listbox?.querySelectorAll<HTMLElement>('[role=option]') ?? [])].find(
    (o) => normalizeLabel(o.textContent ?? '') === normalizeLabel(option),
  );
  if (choice) clickLikeUser(choice);
  else pressKey(combobox, 'Escape');
}

function comboboxFor(form: HTMLFormElement, label: string): { combobox: HTMLElement; label: Element } | undefined {
  const labelElement = findLabel(form, [label]);
  if (!labelElement) return undefined;
  const combobox = findByLabel(form, [label], (c) => c.getAttribute('role') === 'combobox') as HTMLElement | undefined;
  return combobox ? { combobox, label: labelElement } : undefined;
}

/** The label a combobox currently shows (Garden renders the selection inside the combobox). */
function shownOption(combobox: HTMLElement): string {
  return (combobox.textContent ?? '').trim();
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
  // CKEditor hides the submitted textarea and owns its value: write through the editor when there is one.
  const editor = editorIn(labelled ? fieldOf(labelled) : form);
  const description = editor
    ? { editor, textarea: submitted }
    : submitted && isPlainTextarea(submitted)
      ? { editor: null, textarea: submitted }
      : undefined;
  return { subject: subject ?? undefined, description };
}

async function fillDescription(
  description: NonNullable<Located['description']>,
  text: string,
): Promise<string | undefined> {
  const { editor, textarea } = description;
  if (!editor) {
    if (!textarea) return undefined;
    setNativeValue(textarea, text);
    return textarea.value;
  }
  if ((editor.textContent ?? '').trim() !== '') clearEditable(editor);
  pasteText(editor, text);
  // The theme copies the editor's HTML into the submitted textarea; read that, it is what Zendesk receives.
  const synced = await waitFor(
    () => (textarea && textarea.value.trim() !== '' ? textarea.value : undefined),
    3000,
    editor.ownerDocument,
  );
  return synced === undefined ? editor.innerText : htmlToText(synced);
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

/** Fills the request form with the plan and reports every field as read back from the page. */
export async function fillZendesk(plan: ZendeskPlan, doc: Document = document): Promise<FillReport> {
  const form = await waitForRequestForm(doc);
  if (!form)
    return report([
      notFound(LABELS.subject[0], true, plan.subject),
      notFound(LABELS.description[0], true, plan.description),
    ]);

  const selector = ticketFormSelector(form);
  if (plan.ticketForm && selector && normalizeLabel(shownOption(selector)) !== normalizeLabel(plan.ticketForm)) {
    // Choosing another ticket form reloads the page with other fields: stop, the user picks it first.
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

  // Never half-fill: if a required field is missing, touch nothing and say what is missing.
  const located = locate(form);
  const dropdowns = plan.dropdowns.map((d) => ({ ...d, found: comboboxFor(form, d.label) }));
  const missing = [
    ...(located.subject ? [] : [notFound(LABELS.subject[0], true, plan.subject)]),
    ...(located.description ? [] : [notFound(LABELS.description[0], true, plan.description)]),
    ...dropdowns.filter((d) => !d.found).map((d) => notFound(d.label, true, d.option)),
  ];
  if (missing.length > 0) return report(missing);

  const fields: FieldReport[] = [];
  if (located.subject) {
    setNativeValue(located.subject, plan.subject);
    fields.push(compared(LABELS.subject[0], plan.subject, located.subject.value, true));
  }
  for (const { label, option, found } of dropdowns) {
    if (!found) continue;
    await chooseOption(found.combobox, option);
    fields.push(compared(label, option, shownOption(found.combobox), pageRequires(found.label)));
  }
  fields.push(...(await fillCc(form, plan.cc)));
  if (located.description) {
    const actual = await fillDescription(located.description, plan.description);
    fields.push(compared(LABELS.description[0], plan.description, actual, true));
  }
  fields.push(...(await fillAttachments(form, plan)));
  return report(fields);
}

/** The Zendesk content script: only request pages get the button and fill. */
export const zendeskAdapter: Adapter = {
  id: 'zendesk',
  async findAnchor() {
    const form = ZENDESK_REQUEST_PATH.test(location.pathname) ? await waitForRequestForm() : undefined;
    // Outside the React root that renders the form, so React never meets a node it did not make.
    return form?.parentElement ?? form;
  },
  async apply(plan) {
    if (plan.adapter !== 'zendesk' || !ZENDESK_REQUEST_PATH.test(location.pathname)) return wrongPage();
    return { kind: 'report', report: await fillZendesk(plan) };
  },
};
