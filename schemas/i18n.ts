/**
 * The extension speaks Japanese, or English when the browser's UI language is English.
 * Schemas keep both texts side by side; zod evaluates `tr(...)` lazily, so one schema
 * serves both languages and the choice is made once at start-up with `setLocale`.
 */
export type Locale = 'ja' | 'en';
export interface Text {
  ja: string;
  en: string;
}

let current: Locale = 'ja';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Locale for a browser UI language tag: English for en-*, Japanese otherwise. */
export function localeFor(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function text(ja: string, en: string): Text {
  return { ja, en };
}

/** Picks the current language's text. */
export function say(t: Text): string {
  return t[current];
}

/** A zod `error` callback that answers in the current language. */
export function tr(ja: string, en: string): () => string {
  return () => (current === 'en' ? en : ja);
}
