import type { z } from 'zod';
import type { FieldReport, FillReport, IijPlan, rememberField } from '@/schemas/fill';
import { chooseFiles, setNativeValue } from './dom-events';
import { compared, notFound, report } from './fill-report';
import {
  findByAttributes,
  findByLabel,
  findByLabelPrefix,
  isVisible,
  labelTextOf,
  largestTextarea,
  selectorFor,
} from './find-field';
import { textTargetProblem } from './target-checks';
import { toFile } from './files';
import { say, text } from '@/schemas/i18n';
import { sendToBackground } from '@/utils/send-message';
import type { InPagePanel } from './in-page-button';
import { pickField } from './pick-field';
import { wrongPage, type Adapter } from './fill-script';

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

/**
 * Fields that must never receive ticket text, whatever their size or position: memos, search
 * boxes, notes. Judged by the control's label, name, placeholder and type.
 */
const NOT_TICKET_TEXT = /メモ|memo|検索|search|備考|note|faq|キーワード|keyword/i;

function isNotTicketText(control: Element): boolean {
  if (control instanceof HTMLInputElement && control.type === 'search') return true;
  if (control.closest('[role=search]')) return true;
  const said = [
    labelTextOf(control),
    control.getAttribute('name'),
    control.getAttribute('id'),
    control.getAttribute('placeholder'),
    control.getAttribute('aria-label'),
  ].join(' ');
  return NOT_TICKET_TEXT.test(said);
}

const isTextarea = (c: Element) => c instanceof HTMLTextAreaElement && isVisible(c) && !isNotTicketText(c);
const isTextInput = (c: Element) =>
  c instanceof HTMLInputElement &&
  ['text', ''].includes(c.getAttribute('type') ?? '') &&
  isVisible(c) &&
  !isNotTicketText(c);
const isFileInput = (c: Element) => c instanceof HTMLInputElement && c.type === 'file';

/** The page's own body template: IIJ pre-fills 本文 with it, and it declares the attachments (添付ファイル … □有). */
const TEMPLATE = /添付ファイル[^\n]*[□■]\s*有/;

function templateTextarea(doc: Document): HTMLTextAreaElement | undefined {
  const holding = [...doc.querySelectorAll('textarea')].filter((t) => isTextarea(t) && TEMPLATE.test(t.defaultValue));
  return holding.length === 1 ? holding[0] : undefined;
}

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
    ((findByLabel(doc, labels, isTextarea) ??
      findByLabelPrefix(doc, labels, isTextarea) ??
      templateTextarea(doc) ??
      findByAttributes(doc, hints, isTextarea) ??
      largestAllowed(doc)) as HTMLTextAreaElement | undefined)
  );
}

/** The largest textarea, unless it is one that must never receive ticket text. */
function largestAllowed(doc: Document): HTMLTextAreaElement | undefined {
  const largest = largestTextarea(doc);
  return largest && isTextarea(largest) ? largest : undefined;
}

export function findSubject(
  doc: Document,
  rememberedSelector?: string,
): HTMLInputElement | HTMLTextAreaElement | undefined {
  const { labels, hints } = IIJ_FIELDS.subject;
  return (
    remembered(doc, rememberedSelector) ??
    ((findByLabel(doc, labels, isTextInput) ??
      findByLabelPrefix(doc, labels, isTextInput) ??
      findByAttributes(doc, hints, isTextInput)) as HTMLInputElement | undefined)
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

const ATTACHMENT_COUNT_LINE = /^\(添付ファイル:.*件.*\)$/;

/** The body as sent when the files did not reach the page: no count, and the 添付ファイル line says □有・■無. */
function withoutAttachmentClaims(body: string, template: string): string {
  const kept = body
    .split('\n')
    .filter((line) => !ATTACHMENT_COUNT_LINE.test(line))
    .join('\n');
  return withAttachmentLine(kept, template, false);
}

const fileTexts = {
  noField: text(
    'このページには添付ファイルの欄がないため、ファイルは添付していません(本文にも添付ありとは書いていません)。ファイルはIIJからの返信メールに添付して送ってください。',
    'This page has no attachment field, so no file was attached (and the text does not claim any). Send the files by replying to IIJ’s mail.',
  ),
  inFrame: text(
    'お問い合わせフォームはページ内の別フレーム(iframe)にあります。このページの欄には入力していません。フォームのページを直接開いてからお試しください。',
    'The inquiry form is inside a frame of this page; nothing on this page was filled. Open the form’s own page and try again.',
  ),
};

/** The top frame's form lacks the body, and a frame may hold it: we fill only the top frame, so say so. */
function formInFrame(doc: Document): boolean {
  return doc.querySelector('iframe, frame') !== null;
}

export function fillIij(plan: IijPlan, overwrite: boolean, doc: Document = document): IijResult {
  const body = findBody(doc, plan.rememberedFields.body);
  const subject = findSubject(doc, plan.rememberedFields.subject);
  const fileInputs = findFileInputs(doc);
  const template = body?.defaultValue ?? '';
  const claimed = withAttachmentLine(plan.body, template, plan.files.length > 0);

  // Never half-fill: without the body nothing is touched.
  if (!body) {
    const untouched = subject ? [compared(IIJ_FIELDS.subject.label, plan.subject, subject.value, false)] : [];
    const note = formInFrame(doc) ? say(fileTexts.inFrame) : undefined;
    return {
      kind: 'report',
      report: report([{ ...notFound(IIJ_FIELDS.body.label, true, plan.body), note }, ...untouched]),
    };
  }
  if (!overwrite && userTyped(body, claimed)) return { kind: 'confirm-overwrite', field: IIJ_FIELDS.body.label };

  const fields: FieldReport[] = [];
  // An empty subject leaves the page's own 件名 alone.
  if (subject && plan.subject !== '') {
    const problem = textTargetProblem(subject, plan.subject);
    if (problem)
      fields.push({ ...compared(IIJ_FIELDS.subject.label, plan.subject, subject.value, false), note: problem });
    else {
      setNativeValue(subject, plan.subject);
      fields.push(compared(IIJ_FIELDS.subject.label, plan.subject, subject.value, false));
    }
  }
  // Files first: the body declares ■有 and the count only when every file is on the page.
  const files = fileInputs.length > 0 ? attach(fileInputs, plan) : noFileField(plan);
  const allAttached = plan.files.length > 0 && files.every((f) => f.status === 'filled');
  const text = allAttached ? claimed : withoutAttachmentClaims(plan.body, template);
  const problem = textTargetProblem(body, text);
  if (problem)
    fields.push({ ...compared(IIJ_FIELDS.body.label, text, body.value, true), status: 'differs', note: problem });
  else {
    setNativeValue(body, text);
    fields.push(compared(IIJ_FIELDS.body.label, text, body.value, true));
  }
  fields.push(...files);
  return { kind: 'report', report: report(fields) };
}

function noFileField(plan: IijPlan): FieldReport[] {
  return plan.files.map((f) => ({
    ...notFound(`${IIJ_FIELDS.attachments.label} ${f.name}`, false, f.name),
    note: say(fileTexts.noField),
  }));
}

/** One input with `multiple` takes every file; otherwise one file per input, in order. */
function attach(inputs: HTMLInputElement[], plan: IijPlan): FieldReport[] {
  if (plan.files.length === 0) return [];
  const files = plan.files.map(toFile);
  const usable = inputs.filter((i) => !i.disabled);
  const multiple = usable.find((i) => i.multiple);
  const assignments = multiple
    ? [{ input: multiple, files }]
    : usable.slice(0, files.length).map((input, i) => ({ input, files: files.slice(i, i + 1) }));
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

/** The IIJ fill script (injected by the background on the user's fill): fill, and when the body cannot be found let the user point at it once. */
export const iijAdapter: Adapter = {
  id: 'iij',
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
  if (retry.kind === 'report') panel?.showReport(retry.report);
}
