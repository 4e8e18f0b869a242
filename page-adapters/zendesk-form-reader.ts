import * as z from 'zod/mini';
import type { ZendeskFormDescription, ZendeskFormField } from '@/schemas/zendesk-form';

/**
 * Describes a Zendesk request page's form from the form data the page embeds: Copenhagen's
 * new_request_page.hbs passes `{{json new_request_form}}` (ticket fields with
 * custom_field_options, required flags, ticket forms) to renderNewRequestForm in an inline
 * script. That data is the page's own list, complete before anyone opens a dropdown, so it is
 * read instead of opening every listbox (which would flash on screen and miss nested options).
 * The text is parsed as JSON, never evaluated.
 */

const embeddedOption = z.object({ name: z.string(), value: z.union([z.string(), z.number()]) });
const embeddedField = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  required: z.optional(z.boolean()),
  description: z.optional(z.nullable(z.string())),
  options: z.optional(z.nullable(z.array(embeddedOption))),
});
const embeddedForm = z.object({
  ticket_fields: z.array(embeddedField),
  ticket_form_field: z.optional(
    z.nullable(
      z.object({
        value: z.optional(z.nullable(z.union([z.string(), z.number()]))),
        options: z.optional(z.nullable(z.array(embeddedOption))),
      }),
    ),
  ),
});

const MAX_SCRIPT = 2_000_000;

/** The balanced {…} starting at `start`, strings and escapes respected; undefined when unbalanced. */
function objectAt(source: string, start: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  return undefined;
}

/** The first JSON object in an inline script that holds `ticket_fields`. */
function embeddedFormData(doc: Document): z.infer<typeof embeddedForm> | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT || !source.includes('"ticket_fields"')) continue;
    // Innermost candidates last: try each "{" before the key, nearest first.
    const key = source.indexOf('"ticket_fields"');
    for (let start = source.lastIndexOf('{', key); start >= 0; start = source.lastIndexOf('{', start - 1)) {
      const candidate = objectAt(source, start);
      if (!candidate || candidate.length < key - start) continue;
      try {
        const parsed = embeddedForm.safeParse(JSON.parse(candidate));
        if (parsed.success) return parsed.data;
      } catch {
        // not JSON (e.g. a JS object around it): try the enclosing brace
      }
    }
  }
  return undefined;
}

/** Description HTML as text, parsed inert. */
function plain(html: string | null | undefined): string {
  if (!html) return '';
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (parsed.body.textContent ?? '').trim().slice(0, 2000);
}

function describeField(field: z.infer<typeof embeddedField>): ZendeskFormField {
  return {
    name: field.name.slice(0, 200),
    label: field.label.slice(0, 500),
    kind: field.type.slice(0, 40),
    required: field.required ?? false,
    description: plain(field.description),
    options: (field.options ?? []).slice(0, 2000).map((o) => ({
      label: o.name.slice(0, 500),
      value: String(o.value).slice(0, 500),
      path: o.name.split('::').slice(0, 10),
    })),
  };
}

/** The form this request page describes, or undefined when it embeds no form data. */
export function readRequestForm(doc: Document = document): ZendeskFormDescription | undefined {
  const data = embeddedFormData(doc);
  if (!data) return undefined;
  const selector = data.ticket_form_field;
  const id = selector?.value == null ? undefined : String(selector.value);
  const name = selector?.options?.find((o) => String(o.value) === id)?.name;
  return {
    ticketForm: id ? { id: id.slice(0, 40), name: (name ?? '').slice(0, 500) } : undefined,
    ticketForms: (selector?.options ?? [])
      .slice(0, 200)
      .map((o) => ({ id: String(o.value).slice(0, 40), name: o.name.slice(0, 500) })),
    fields: data.ticket_fields.slice(0, 300).map(describeField),
  };
}
