import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import { getLocale } from './i18n';

/**
 * zod's own messages for what our schemas do not word themselves (a wrong type, an unknown key),
 * in the UI's language at the moment the message is made; only these two locales are bundled.
 * jitless: extension pages forbid eval, so zod's `new Function('')` probe could only fail, and a
 * strict CSP reports even a caught failure as a violation. The interpreter is used from the start.
 *
 * Every schema imports zod through schemas/zod.ts or schemas/zod-mini.ts (ESLint enforces it), so
 * this runs before any schema parses; a page that validates nothing loads no zod at all.
 */
const messages = { ja: ja(), en: en() };
z.config({ localeError: (issue) => messages[getLocale()].localeError(issue), jitless: true });
