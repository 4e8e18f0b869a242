import { say, text } from '@/schemas/i18n';

/**
 * Whether a text control will carry what we write: the browser does not submit a disabled
 * control and cuts text past `maxlength`; a read-only one cannot be written. A fill that ignored
 * these would read back ✓ and deliver nothing, or less.
 */

export const notes = {
  disabled: () =>
    text(
      'この欄は無効になっているため、送信されません。入力していません。',
      'This field is disabled and would not be submitted; it was not filled.',
    ),
  readOnly: () => text('この欄は読み取り専用です。入力していません。', 'This field is read-only; it was not filled.'),
  tooLong: (max: number, length: number) =>
    text(
      `この欄は${max}文字までです(入力する内容は${length}文字)。切り詰めずに入力を止めました。クリップボードにコピーして、分けて送ってください。`,
      `This field takes at most ${max} characters (the text has ${length}). Nothing was cut: copy the text and send it in parts.`,
    ),
  missing: (label: string, pageLabels: string) =>
    text(
      `このページには「${label}」がありません(ページの項目: ${pageLabels || 'なし'})。`,
      `This page has no “${label}” (its fields: ${pageLabels || 'none'}).`,
    ),
  notOffered: (option: string) =>
    text(`ページの選択肢に「${option}」がありません。`, `The page does not offer “${option}”.`),
  editorNotReady: () =>
    text(
      'このページは詳細をHTMLで送信しますが、エディタが起動しませんでした。書式が崩れるため入力していません。ページを再読み込みしてください。',
      'This page submits the description as HTML but its editor did not start; nothing was typed in. Reload the page.',
    ),
  requiredElsewhere: (label: string) =>
    text(
      `ページの必須項目「${label}」は下書きにありません。ご自身で入力してから送信してください。`,
      `The page requires “${label}”, which the draft does not have. Fill it yourself before submitting.`,
    ),
};

/** Why this control cannot carry `value` as written, or undefined when it can. */
export function textTargetProblem(control: HTMLInputElement | HTMLTextAreaElement, value: string): string | undefined {
  if (control.disabled || control.closest('fieldset:disabled')) return say(notes.disabled());
  if (control.readOnly) return say(notes.readOnly());
  if (control.maxLength > 0 && value.length > control.maxLength)
    return say(notes.tooLong(control.maxLength, value.length));
  return undefined;
}
