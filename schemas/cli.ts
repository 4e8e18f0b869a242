/**
 * Renders a form from the command line, without a browser:
 *   npm run render -- --list                     form ids, one a line
 *   npm run render -- <form-id> <input.json>     subject, a blank line, the body (exit 0)
 * Invalid input prints one `path: message` line per problem (unknown keys, schema errors, then
 * the form's blocking rules, judged against the current time) and exits 1. Warnings and hints go
 * to stderr. Messages are English when LC_ALL / LC_MESSAGES / LANG is English, else Japanese.
 */
import { readFileSync } from 'node:fs';
import { checkDraft } from './check-draft';
import { localeFor, setLocale, text, say } from './i18n';
import { formById, forms } from './index';
import { unknownKeys } from './unknown-keys';

// Messages in the user's language: English for an English locale, Japanese otherwise.
setLocale(localeFor(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const usage = 'usage: npm run render -- --list | npm run render -- <form-id> <input.json>';
const [first, inputPath] = process.argv.slice(2);

if (first === '--list') {
  process.stdout.write(forms.map((form) => `${form.id}\n`).join(''));
  process.exit(0);
}
if (!first || !inputPath) fail(usage);

const form = formById(first) ?? fail(`unknown form id: ${first}\nforms: ${forms.map((f) => f.id).join(', ')}`);

let input: unknown;
try {
  input = JSON.parse(readFileSync(inputPath, 'utf8'));
} catch (error) {
  fail(`cannot read ${inputPath}: ${(error as Error).message}`);
}

const check = checkDraft(form, input, new Date());
for (const issue of check.issues.filter((i) => i.level !== 'error'))
  process.stderr.write(`${issue.level} ${issue.path ?? '(form)'}: ${issue.message}\n`);
// A misspelt key would silently leave its item empty: it is an error like any other.
const unknown = unknownKeys(form.schema, input).map(
  (path) => `${path}: ${say(text('不明な項目です', 'unknown field'))}\n`,
);
if (check.blocking || !check.rendered || unknown.length > 0) {
  const errors = check.issues.filter((i) => i.level === 'error');
  process.stdout.write(
    unknown.join('') + errors.map((issue) => `${issue.path ?? '(form)'}: ${issue.message}\n`).join(''),
  );
  process.exit(1);
}
process.stdout.write(`${check.rendered.subject}\n\n${check.rendered.body}\n`);
