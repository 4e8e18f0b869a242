import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formEntryById } from '@/schemas/catalog';
import { forms } from '@/schemas/index';

/** Every form is one folder of the same shape, so the next one is written by copying any of them. */
const parts = ['entry.ts', 'index.ts', 'schema.ts', 'fields.ts', 'render.ts', 'rules.ts', 'target.ts', 'example.ts'];

describe.each(forms.map((form) => [form.id] as const))('schemas/forms/%s/', (id) => {
  it('has the same parts as every form folder, and golden tests named after it', () => {
    const present = [...parts, `${id}.test.ts`].filter((file) => existsSync(`schemas/forms/${id}/${file}`));
    expect(present).toEqual([...parts, `${id}.test.ts`]);
  });

  it('is listed by an entry that says what the definition says (the manifest and the picker read the entry)', () => {
    const form = forms.find((f) => f.id === id)!;
    const entry = formEntryById(id)!;
    expect({ id: entry.id, vendor: entry.vendor, title: entry.title, description: entry.description }).toEqual({
      id: form.id,
      vendor: form.vendor,
      title: form.title,
      description: form.description,
    });
    expect(entry.channels).toEqual(form.delivery.map((d) => d.kind));
  });
});
