import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/schemas/form-definition';
import { forms } from '@/schemas/index';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';

/**
 * Every registered form, fed random and hostile values: validation and rendering never throw,
 * the text is always a string, and hostile text that validates is printed verbatim.
 * FC_RUNS sets the number of runs (CI: 10000), FC_SEED replays a failure.
 */
const numRuns = Number(process.env.FC_RUNS ?? 300);
const seed = Number(process.env.FC_SEED ?? 20261120);
const now = new Date('2026-11-20T03:00:00Z');
/** Time scales with the runs: 10,000 runs on two busy cores take far longer than vitest's 5 s. */
const timeout = 5_000 + numRuns * 5;

async function check<T>(name: string, property: fc.IPropertyWithHooks<T> | fc.IProperty<T>) {
  const details = await fc.check(property as fc.IProperty<T>, { numRuns, seed });
  if (details.failed) {
    throw new Error(
      `${name} failed — replay with FC_SEED=${details.seed} (path ${details.counterexamplePath}): ${fc.defaultReportMessage(details)}`,
    );
  }
}

const hostileSamples = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>&amp;&lt;',
  '${process.exit(1)}`backtick`',
  '🙂👨‍👩‍👧‍👦🇯🇵',
  'abc\u202Eevil\u202Cdef',
  'nul\u0000and\u0001control\u001F\u007F',
  'line1\r\nline2\n\tline3',
  '( ) ■ □ ##########',
  'x'.repeat(100 * 1024),
  '\uD800 lone surrogate',
];
const hostileText = fc.oneof(
  fc.constantFrom(...hostileSamples),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);

const textFields = (form: FormDefinition) =>
  form.fields.filter(
    (field) =>
      (field.kind === 'text' || field.kind === 'multiline') &&
      (!field.visibleWhen || field.visibleWhen(form.example as Record<string, unknown>)),
  );

describe.each(forms.map((form) => [form.id, form] as const))('%s under random input', (_id, form) => {
  it(
    'validation, rules and rendering never throw on arbitrary values',
    async () => {
      await check(
        `${form.id} arbitrary`,
        fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (anything, object) => {
          for (const input of [anything, object]) {
            const parsed = form.schema.safeParse(input);
            if (parsed.success) expect(typeof form.render(parsed.data).body).toBe('string');
          }
          expect(Array.isArray(form.rules?.(object, { now }) ?? [])).toBe(true);
        }),
      );
    },
    timeout,
  );

  it('the example validates and renders', () => {
    const parsed = form.schema.safeParse(form.example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(typeof form.render(parsed.data).body).toBe('string');
  });

  it.each(textFields(form).map((field) => [field.path] as const))(
    'hostile text in %s is printed verbatim or refused',
    async (path) => {
      await check(
        `${form.id} ${path}`,
        fc.property(hostileText, (value) => {
          const input = withValueAt(form.example as Values, path, value);
          const parsed = form.schema.safeParse(input);
          expect(Array.isArray(form.rules?.(input, { now }) ?? [])).toBe(true);
          if (!parsed.success) return;
          const rendered = form.render(parsed.data);
          expect(typeof rendered.subject).toBe('string');
          expect(typeof rendered.body).toBe('string');
          // A schema may trim or width-normalize (NFKC) what it accepts, never otherwise rewrite it...
          const accepted = valueAt(parsed.data, path);
          if (typeof accepted === 'string')
            expect([value, value.trim(), value.normalize('NFKC').trim()]).toContain(accepted);
          // ...and what it accepted is printed as it is. A blank value counts as empty (the
          // vendor's empty brackets), so only real text must appear.
          if (typeof accepted === 'string' && accepted.trim() !== '')
            expect(`${rendered.subject}\n${rendered.body}`).toContain(accepted);
        }),
      );
    },
    timeout,
  );
});
