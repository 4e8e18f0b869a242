import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldDef, FormDefinition } from '@/schemas/form-definition';
import { forms } from '@/schemas/index';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';

/**
 * Every fix a rule offers leads somewhere: applied to the draft it was offered on, the message
 * it was offered for is gone. Drafts are the form's example with its ticks, choices, dates and
 * texts varied, so every rule of every form gets to fire.
 */
const numRuns = Number(process.env.FC_RUNS ?? 300);
const seed = Number(process.env.FC_SEED ?? 20261205);
const now = new Date('2026-11-20T03:00:00Z');
const timeout = 5_000 + numRuns * 5;

function variedValue(form: FormDefinition, field: FieldDef): fc.Arbitrary<unknown> {
  const example = valueAt(form.example, field.path);
  switch (field.kind) {
    case 'checkbox':
      return fc.boolean();
    case 'radio':
    case 'select':
      return fc.constantFrom('', ...(field.options ?? []).map((o) => o.value));
    case 'date':
      return fc.constantFrom('', '2026-11-10', '2026-11-24', '2026-12-01');
    case 'text':
    case 'multiline':
      return fc.constantFrom(
        example ?? '',
        '',
        'ログインポリシー「デフォルト(Default)」を変更した',
        'iij-taro@example.jp',
      );
    default:
      return fc.constant(example);
  }
}

const draftOf = (form: FormDefinition) =>
  fc.tuple(...form.fields.map((field) => variedValue(form, field))).map((values) =>
    form.fields.reduce<Values>((draft, field, i) => withValueAt(draft, field.path, values[i]), {
      ...(form.example as Values),
    }),
  );

const formsWithRules = forms.filter((form) => form.rules);

describe.each(formsWithRules.map((form) => [form.id, form] as const))('%s: offered fixes', (_id, form) => {
  it(
    'applying a fix removes the message it was offered for',
    () => {
      let offered = 0;
      fc.assert(
        fc.property(draftOf(form), (draft) => {
          for (const message of form.rules!(draft as never, { now })) {
            if (!message.fix) continue;
            offered++;
            const fixed = message.fix.apply(draft);
            const after = form.rules!(fixed as never, { now });
            expect(after.filter((m) => m.path === message.path && m.message.ja === message.message.ja)).toEqual([]);
          }
        }),
        { numRuns, seed },
      );
      // The work request offers fixes; the property must have met some.
      if (form.id === 'iij-work-request') expect(offered).toBeGreaterThan(0);
    },
    timeout,
  );
});
