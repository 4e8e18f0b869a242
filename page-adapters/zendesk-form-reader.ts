import type { ZendeskFormDescription, ZendeskFormField } from '@/schemas/zendesk-form';

/**
 * Describes a Zendesk request page's form from the form data the page embeds: Copenhagen's
 * new_request_page.hbs passes `{{json new_request_form}}` (ticket fields with
 * custom_field_options, required flags, ticket forms) to renderNewRequestForm in an inline
 * script. That data is the page's own list, complete before anyone opens a dropdown, so it is
 * read instead of opening every listbox (which would flash on screen and miss nested options).
 * The text is parsed as JSON, never evaluated. Its shape is checked by hand below (the content
 * script carries no schema library); the background validates the description again on arrival.
 */

interface EmbeddedOption {
  name: string;
  value: string | number;
}
interface EmbeddedField {
  name: string;
  label: string;
  type: string;
  required?: boolean;
  description?: string | null;
  options?: EmbeddedOption[] | null;
}
interface EmbeddedForm {
  ticket_fields: EmbeddedField[];
  ticket_form_field?: { value?: string | number | null; options?: EmbeddedOption[] | null } | null;
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isKey: Check = (v) => typeof v === 'string' || typeof v === 'number';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const absentOr =
  (check: Check, nullable: boolean): Check =>
  (v) =>
    v === undefined || (nullable && v === null) || check(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const shaped =
  (shape: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.entries(shape).every(([key, check]) => check(v[key]));

const isOption = shaped({ name: isString, value: isKey });
const isEmbeddedForm = shaped({
  ticket_fields: arrayOf(
    shaped({
      name: isString,
      label: isString,
      type: isString,
      required: absentOr((v) => typeof v === 'boolean', false),
      description: absentOr(isString, true),
      options: absentOr(arrayOf(isOption), true),
    }),
  ),
  ticket_form_field: absentOr(
    shaped({ value: absentOr(isKey, true), options: absentOr(arrayOf(isOption), true) }),
    true,
  ),
}) as (v: unknown) => v is EmbeddedForm;

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
function embeddedFormData(doc: Document): EmbeddedForm | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT || !source.includes('"ticket_fields"')) continue;
    // Innermost candidates last: try each "{" before the key, nearest first.
    const key = source.indexOf('"ticket_fields"');
    for (let start = source.lastIndexOf('{', key); start >= 0; start = source.lastIndexOf('{', start - 1)) {
      const candidate = objectAt(source, start);
      if (!candidate || candidate.length < key - start) continue;
      try {
        const parsed: unknown = JSON.parse(candidate);
        if (isEmbeddedForm(parsed)) return parsed;
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

function describeField(field: EmbeddedField): ZendeskFormField {
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
