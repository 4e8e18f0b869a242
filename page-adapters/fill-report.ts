import { text, type Text } from '@/schemas/i18n';
import type { FieldReport, FillReport } from '@/schemas/fill';

/**
 * Read-back verification: every field we touched is read again from the page and compared with
 * what we meant to put there, so a half-filled form is never reported as done.
 */

/** Text as the user would compare it: line endings, trailing spaces and runs of blank lines do not count. */
export function normalizeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text an editor's submitted HTML stands for: paragraphs become blank-line breaks, <br> a line break. Parsed inert. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks = [...doc.body.children].filter((e) => e.tagName === 'P' || e.tagName === 'DIV');
  const textOf = (element: Element) => {
    for (const br of [...element.querySelectorAll('br')]) br.replaceWith('\n');
    return element.textContent ?? '';
  };
  if (blocks.length === 0) return textOf(doc.body);
  return blocks.map(textOf).join('\n\n');
}

export function compared(label: string, expected: string, actual: string | undefined, required: boolean): FieldReport {
  if (actual === undefined) return { label, status: 'not-found', required, expected };
  const same = normalizeText(expected) === normalizeText(actual);
  return { label, status: same ? 'filled' : 'differs', required, expected, actual };
}

export function notFound(label: string, required: boolean, expected?: string): FieldReport {
  return { label, status: 'not-found', required, expected };
}

export function report(fields: FieldReport[]): FillReport {
  return { complete: fields.every((f) => f.status === 'filled'), fields };
}

/** Required fields that did not end up holding what we meant. */
export function missingRequired(fillReport: FillReport): FieldReport[] {
  return fillReport.fields.filter((f) => f.required && f.status !== 'filled');
}

export const statusText: Record<FieldReport['status'], Text> = {
  filled: text('入力済み ✓', 'Filled ✓'),
  'not-found': text('見つかりません', 'Not found'),
  differs: text('内容が違います', 'Differs'),
};

export const reportTexts = {
  complete: text(
    'すべての項目を入力し、読み返して確認しました。内容を確認してから、ご自身で送信してください。',
    'Every field was filled and read back. Review the page, then submit it yourself.',
  ),
  incomplete: text(
    '入力できなかった項目があります。このまま送信しないでください。',
    'Some fields could not be filled. Do not submit the page as it is.',
  ),
  requiredMissing: text('必須項目が入力できていません:', 'Required fields not filled:'),
  copy: text('本文をクリップボードにコピー', 'Copy the text to the clipboard'),
  copied: text('コピーしました。ページの欄に貼り付けてください。', 'Copied. Paste it into the page’s field.'),
  expected: text('入力する内容', 'Expected'),
  actual: text('ページの内容', 'On the page'),
};
