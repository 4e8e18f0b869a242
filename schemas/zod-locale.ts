import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import type { Locale } from './i18n';

/**
 * zod's own messages for what our schemas do not word themselves (a wrong type, an unknown key):
 * Japanese or English like the rest of the UI. Only these two locales are bundled.
 */
export function configureZodLocale(locale: Locale): void {
  // jitless: extension pages forbid eval, so zod's `new Function('')` probe could only fail, and
  // a strict CSP reports even a caught failure as a violation. The interpreter is used from the start.
  z.config({ ...(locale === 'en' ? en() : ja()), jitless: true });
}
