import type { ZendeskFormDescription, ZendeskFormField } from './zendesk-form';

// Apart from the schemas in zendesk-form.ts: the popup matches labels without loading zod.
/** The field of a description whose label is one of these (exactly, else containing one), ignoring spaces and case. */
export function fieldByLabel(form: ZendeskFormDescription, labels: string[]): ZendeskFormField | undefined {
  const norm = (s: string) => s.replace(/[\s*＊]+/g, '').toLowerCase();
  const wanted = labels.map(norm);
  return (
    form.fields.find((f) => wanted.includes(norm(f.label))) ??
    form.fields.find((f) => wanted.some((w) => w !== '' && norm(f.label).includes(w)))
  );
}
