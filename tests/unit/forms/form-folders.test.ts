import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forms } from '@/schemas/index';

/** Every form is one folder of the same shape, so the next one is written by copying any of them. */
const parts = ['index.ts', 'schema.ts', 'fields.ts', 'render.ts', 'rules.ts', 'target.ts', 'example.ts'];

describe.each(forms.map((form) => [form.id] as const))('schemas/forms/%s/', (id) => {
  it('has the same parts as every form folder, and golden tests named after it', () => {
    const present = [...parts, `${id}.test.ts`].filter((file) => existsSync(`schemas/forms/${id}/${file}`));
    expect(present).toEqual([...parts, `${id}.test.ts`]);
  });
});
