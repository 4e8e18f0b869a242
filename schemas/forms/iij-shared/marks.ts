import type { FieldOption } from '../../form-definition';

/**
 * How IIJ's formats are filled in: "チェックボックス□がある項目は、該当する選択肢の□を■に変更し",
 * and values go inside the format's brackets.
 */

export const mark = (chosen: boolean): string => (chosen ? '■' : '□');

/** '□突然発生・□初めての操作' with ■ before the chosen option(s); labels are the seed's Japanese. */
export function markedOptions(
  options: readonly FieldOption[],
  chosen: string | readonly string[],
  separator: string,
): string {
  const isChosen = (value: string) => (typeof chosen === 'string' ? chosen === value : chosen.includes(value));
  return options.map((option) => `${mark(isChosen(option.value))}${option.label.ja}`).join(separator);
}

/**
 * A bracket slot of seed 000. The format leaves one space where a value goes ("( )",
 * "(OS: バージョン: )"); an empty item keeps that space so IIJ sees it was considered, a filled
 * one gets the value with a space either side: "( 値 )", "(OS: Windows バージョン: 11 )".
 */
export const slot = (value: string): string => (value === '' ? ' ' : ` ${value} `);

/** The date slot of seed 000: "( 年 月 日 時 分)" empty, "( 2026年11月21日 15時04分 )" filled. */
export const dateSlot = (formatted: string): string => (formatted === '' ? ' 年 月 日 時 分' : ` ${formatted} `);
