/**
 * Renders a form from the command line, without a browser:
 *   npm run render -- --list                     form ids, one a line
 *   npm run render -- <form-id> <input.json>     subject, a blank line, the body (exit 0)
 * Invalid input prints one `path: message` line per problem (schema errors, then the form's
 * blocking rules, judged against the current time) and exits 1. Warnings and hints go to stderr.
 */
import { readFileSync } from 'node:fs';
import { checkDraft } from './check-draft';
import { formById, forms } from './index';

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
if (check.blocking || !check.rendered) {
  const errors = check.issues.filter((i) => i.level === 'error');
  process.stdout.write(errors.map((issue) => `${issue.path ?? '(form)'}: ${issue.message}\n`).join(''));
  process.exit(1);
}
process.stdout.write(`${check.rendered.subject}\n\n${check.rendered.body}\n`);
