import type { z } from 'zod';
import type { FieldReport, FillReport, IijPlan, rememberField } from '@/schemas/fill';
import { chooseFiles, setNativeValue } from './dom-events';
import { compared, notFound, report } from './fill-report';
import { findByAttributes, findByLabel, isVisible, largestTextarea, selectorFor } from './find-field';
import { toFile } from './files';
import { say, text } from '@/schemas/i18n';
import { sendToBackground } from '@/utils/send-message';
import { pickField, type InPagePanel } from './in-page-button';
import { wrongPage, type Adapter } from './run';

/**
 * Fills IIJ Service Online's お問い合わせ内容入力 page. We have no copy of its markup, so fields
 * are found by visible label, then name/aria, then the largest textarea, and finally by a
 * selector the user pointed at once (pick-the-field mode, remembered per page).
 */

export const IIJ_FIELDS = {
  body: {
    label: '本文',
    labels: ['本文', 'お問い合わせ内容', '内容'],
    hints: ['body', 'honbun', 'content', 'message', 'inquiry'],
  },
  subject: { label: '件名', labels: ['件名', 'タイトル', '表題'], hints: ['subject', 'title', 'kenmei'] },
  attachments: { label: '添付ファイル', labels: ['添付ファイル', '添付'] },
} as const;

type TextControl = HTMLTextAreaElement | HTMLInputElement;

const isTextarea = (c: Element) => c instanceof HTMLTextAreaElement && isVisible(c);
const isTextInput = (c: Element) =>
  c instanceof HTMLInputElement && ['text', ''].includes(c.getAttribute('type') ?? '') && isVisible(c);
const isFileInput = (c: Element) => c instanceof HTMLInputElement && c.type === 'file';

function remembered(doc: Document, selector: string | undefined): TextControl | undefined {
  if (!selector) return undefined;
  try {
    const element = doc.querySelector(selector);
    return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? element : undefined;
  } catch {
    return undefined; // a selector saved for an older version of the page
  }
}

export function findBody(
  doc: Document,
  rememberedSelector?: string,
): HTMLTextAreaElement | HTMLInputElement | undefined {
  const { labels, hints } = IIJ_FIELDS.body;
  return (
    remembered(doc, rememberedSelector) ??
    ((findByLabel(doc, labels, isTextarea) ?? findByAttributes(doc, hints, isTextarea) ?? largestTextarea(doc)) as
      HTMLTextAreaElement | undefined)
  );
}

export function findSubject(
  doc: Document,
  rememberedSelector?: string,
): HTMLInputElement | HTMLTextAreaElement | undefined {
  const { labels, hints } = IIJ_FIELDS.subject;
  return (
    remembered(doc, rememberedSelector) ??
    ((findByLabel(doc, labels, isTextInput) ?? findByAttributes(doc, hints, isTextInput)) as
      HTMLInputElement | undefined)
  );
}

export function findFileInputs(doc: Document): HTMLInputElement[] {
  const labelled = findByLabel(doc, IIJ_FIELDS.attachments.labels, isFileInput);
  const all = [...doc.querySelectorAll<HTMLInputElement>('input[type=file]')];
  return labelled ? [labelled as HTMLInputElement, ...all.filter((i) => i !== labelled)] : all;
}

const ATTACHMENT_LINE = /添付ファイル.*[□■]\s*有/;

/** Marks the body's 添付ファイル line ■有 / ■無; adds the page template's line when the body has none. */
export function withAttachmentLine(body: string, template: string, hasAttachments: boolean): string {
  const mark = (line: string) =>
    line
      .replace(/[□■](\s*)有/, `${hasAttachments ? '■' : '□'}$1有`)
      .replace(/[□■](\s*)無/, `${hasAttachments ? '□' : '■'}$1無`);
  const lines = body.split('\n');
  const index = lines.findIndex((l) => ATTACHMENT_LINE.test(l));
  if (index >= 0) {
    lines[index] = mark(lines[index] ?? '');
    return lines.join('\n');
  }
  const templateLine = template
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .find((l) => ATTACHMENT_LINE.test(l));
  return templateLine ? `${body.replace(/\n+$/, '')}\n\n${mark(templateLine)}` : body;
}

/** The user typed into the body when it holds something other than the page's own template (or our text). */
export function userTyped(control: TextControl, ours: string): boolean {
  const value = control.value.replace(/\r\n?/g, '\n').trim();
  return value !== '' && value !== control.defaultValue.replace(/\r\n?/g, '\n').trim() && value !== ours.trim();
}

export type IijResult = { kind: 'report'; report: FillReport } | { kind: 'confirm-overwrite'; field: string };

export function fillIij(plan: IijPlan, overwrite: boolean, doc: Document = document): IijResult {
  const body = findBody(doc, plan.rememberedFields.body);
  const subject = findSubject(doc, plan.rememberedFields.subject);
  const fileInputs = findFileInputs(doc);
  const text = withAttachmentLine(plan.body, body?.defaultValue ?? '', plan.files.length > 0);

  const missingFiles =
    plan.files.length > 0 && fileInputs.length === 0
      ? plan.files.map((f) => notFound(`${IIJ_FIELDS.attachments.label} ${f.name}`, true, f.name))
      : [];
  // Never half-fill: without the body nothing is touched.
  if (!body) {
    const untouched = subject ? [compared(IIJ_FIELDS.subject.label, plan.subject, subject.value, false)] : [];
    return {
      kind: 'report',
      report: report([notFound(IIJ_FIELDS.body.label, true, text), ...missingFiles, ...untouched]),
    };
  }
  if (!overwrite && userTyped(body, text)) return { kind: 'confirm-overwrite', field: IIJ_FIELDS.body.label };

  const fields: FieldReport[] = [];
  // An empty subject leaves the page's own 件名 alone.
  if (subject && plan.subject !== '') {
    setNativeValue(subject, plan.subject);
    fields.push(compared(IIJ_FIELDS.subject.label, plan.subject, subject.value, false));
  }
  setNativeValue(body, text);
  fields.push(compared(IIJ_FIELDS.body.label, text, body.value, true));
  fields.push(...(missingFiles.length > 0 ? missingFiles : attach(fileInputs, plan)));
  return { kind: 'report', report: report(fields) };
}

/** One input with `multiple` takes every file; otherwise one file per input, in order. */
function attach(inputs: HTMLInputElement[], plan: IijPlan): FieldReport[] {
  if (plan.files.length === 0) return [];
  const files = plan.files.map(toFile);
  const multiple = inputs.find((i) => i.multiple);
  const assignments = multiple
    ? [{ input: multiple, files }]
    : inputs.slice(0, files.length).map((input, i) => ({ input, files: files.slice(i, i + 1) }));
  for (const { input, files: chosen } of assignments) chooseFiles(input, chosen);
  const attached = new Set(assignments.flatMap(({ input }) => [...(input.files ?? [])].map((f) => f.name)));
  return plan.files.map((f) =>
    compared(`${IIJ_FIELDS.attachments.label} ${f.name}`, f.name, attached.has(f.name) ? f.name : '', true),
  );
}

const pickTexts = {
  pickNotice: text(
    '本文の欄が見つかりません。ページ上で本文を入力する欄をクリックすると、その欄に入力し、このページ用に記憶します。',
    'The body field was not found. Click the field on the page to fill it; the choice is remembered for this page.',
  ),
};

/** The IIJ content script: fill, and when the body cannot be found let the user point at it once. */
export const iijAdapter: Adapter = {
  id: 'iij',
  async findAnchor() {
    return [...document.querySelectorAll('form')].find((form) =>
      [...form.querySelectorAll('textarea')].some(isVisible),
    );
  },
  async apply(plan, overwrite, panel) {
    if (plan.adapter !== 'iij') return wrongPage();
    const result = fillIij(plan, overwrite);
    if (result.kind !== 'report' || findBody(document, plan.rememberedFields.body)) return result;
    void pickAndRetry(plan, overwrite, panel);
    return { ...result, notice: say(pickTexts.pickNotice) };
  },
};

async function pickAndRetry(plan: IijPlan, overwrite: boolean, panel: InPagePanel | undefined): Promise<void> {
  const picked = await pickField();
  if (!picked) return;
  const selector = selectorFor(picked);
  const remember: z.input<typeof rememberField> = { type: 'fill/remember-field', field: 'body', selector };
  await sendToBackground(remember);
  const retry = fillIij({ ...plan, rememberedFields: { ...plan.rememberedFields, body: selector } }, overwrite);
  if (retry.kind === 'report') panel?.showReport(retry.report, plan.body);
}
