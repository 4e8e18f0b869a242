import { say, text, type Text } from './i18n';

/** Full-width input (ｉｉｊ－ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ, typed with a Japanese IME) folded to ASCII, then trimmed. */
export const foldWidth = (value: string) => value.normalize('NFKC').trim();

/**
 * An ID or code typed with a Japanese IME: folded like foldWidth, and the dashes an IME gives for
 * 「-」 (ー, −, ‐ …; NFKC leaves them) become the ASCII hyphen. IDs hold no katakana, so nothing is lost.
 */
export const foldId = (value: string) => foldWidth(value).replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-');

/**
 * Characters no vendor text, profile or capture should carry: lone UTF-16 surrogates (they
 * cannot be encoded, so mail links and uploads break on them), NUL and other control characters
 * (anything but tab and line breaks), and bidi overrides, embeddings and isolates (they make
 * text read differently from what it is, e.g. "gnp.exe" shown as "exe.png"). The schemas refuse
 * them and say which character and where; encoders repair what slips through.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNSAFE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\u202A-\u202E\u2066-\u2069]/u;
/* eslint-enable no-control-regex */

export interface UnsafeCharacter {
  /** "U+D800" */
  codePoint: string;
  /** 1-based position in the text, counted in characters as a person would. */
  position: number;
  kind: 'lone-surrogate' | 'control' | 'bidi';
}

const kindNames: Record<UnsafeCharacter['kind'], Text> = {
  'lone-surrogate': text('対になっていないサロゲート', 'an unpaired surrogate'),
  control: text('制御文字', 'a control character'),
  bidi: text('文字の向きを変える制御文字', 'a text-direction control'),
};

/** The first unsafe character in `value`, or undefined. */
export function findUnsafeCharacter(value: string): UnsafeCharacter | undefined {
  const match = UNSAFE.exec(value);
  if (!match) return undefined;
  const unit = match[0].charCodeAt(0);
  const kind = unit >= 0xd800 && unit <= 0xdfff ? 'lone-surrogate' : unit >= 0x202a ? 'bidi' : 'control';
  return {
    codePoint: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`,
    position: [...value.slice(0, match.index)].length + 1,
    kind,
  };
}

/** "使えない文字(U+D800、対になっていないサロゲート)が 3 文字目にあります。削除してください。" */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  const kind = say(kindNames[found.kind]);
  return say(
    text(
      `使えない文字(${found.codePoint}、${kind})が ${found.position} 文字目にあります。削除してください。`,
      `Unusable character (${found.codePoint}, ${kind}) at position ${found.position}. Remove it.`,
    ),
  );
}

/** Every string inside `value` (objects and arrays walked) that holds an unsafe character, with its path. */
export function findUnsafeText(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; found: UnsafeCharacter }[] {
  if (typeof value === 'string') {
    const found = findUnsafeCharacter(value);
    return found ? [{ path, found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnsafeText(item, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => findUnsafeText(item, [...path, key]));
  return [];
}

/** Lone surrogates become U+FFFD: for encoders (mailto, files) that must never throw on text. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
}

/**
 * Text taken from a page (its title, the selected error message), which the user did not type:
 * repaired rather than refused — lone surrogates become U+FFFD, control characters (but tab and
 * line breaks) and bidi controls are dropped — so a capture never carries them into a draft.
 */
export function cleanPageText(value: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return wellFormed(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu, '');
}

/** Zero-width and bidi characters, and white space: a name made only of them shows nothing. */
const INVISIBLE = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E\u3164\u115F\u1160]*$/u;

/** True when the text has at least one character a person can see. */
export function hasVisibleCharacter(value: string): boolean {
  return !INVISIBLE.test(value);
}
