import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/schemas/form-definition';
import { say } from '@/schemas/i18n';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { iijOtherInquiry } from '@/schemas/forms/iij-other-inquiry';

/** The popup's item numbers and the vendor text's are one: both come from the item's place. */
describe.each(
  (
    [
      [iijLoginInquiry, 15],
      [iijOtherInquiry, 11],
    ] as [FormDefinition, number][]
  ).map(([form, last]) => [form.id, form, last] as const),
)('%s', (_id, form, last) => {
  it('numbers the inputs’ sections exactly as the rendered items, (1) to the last', () => {
    const body = form.render(form.schema.parse(form.example)).body;
    const rendered = body.split('\n').flatMap((line) => /^\((\d+)\)\S/.exec(line)?.[1] ?? []);
    const sections = [
      ...new Set(
        form.fields.flatMap((field) => (field.section ? (/^\((\d+)\)/.exec(say(field.section))?.[1] ?? []) : [])),
      ),
    ];
    const all = Array.from({ length: last }, (_, i) => String(i + 1));
    expect(rendered).toEqual(all);
    expect(sections).toEqual(all);
  });
});
