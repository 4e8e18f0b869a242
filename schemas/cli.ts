/**
 * Renders a form from the command line, without a browser:
 *   npm run render -- --list                     form ids, one a line
 *   npm run render -- <form-id> <input.json>     subject, a blank line, the body (exit 0)
 * Invalid input prints one `path: message` line per problem (schema errors, then the form's
 * blocking rules, judged against the current time) and exits 1. Warnings and hints go to stderr.
 */
import { readFileSync } from 'node:fs';
import { say } from './i18n';
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

const parsed = form.schema.safeParse(input);
const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(form)'}: ${issue.message}`);
const ruleMessages = form.rules?.(input as never, { now: new Date() }) ?? [];
for (const rule of ruleMessages) {
  const line = `${rule.path ?? '(form)'}: ${say(rule.message)}`;
  if (rule.level === 'error') problems.push(line);
  else process.stderr.write(`${rule.level} ${line}\n`);
}
if (!parsed.success || problems.length > 0) {
  process.stdout.write(problems.map((line) => `${line}\n`).join(''));
  process.exit(1);
}

const rendered = form.render(parsed.data);
process.stdout.write(`${rendered.subject}\n\n${rendered.body}\n`);
