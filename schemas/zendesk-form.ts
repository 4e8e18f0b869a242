// zod/mini: this file is bundled into the content scripts, which must stay small.
import * as z from './zod-mini';
import { message } from './messages';

/**
 * A Zendesk help center's request form as its own page describes it: the ticket form, every
 * field's label, kind, required flag and description, and every dropdown's options (label and
 * value; nested "親::子" options keep their path). Option lists are each help center's own
 * configuration, so the popup offers what this describes, never a list we made up.
 */
export const zendeskFormOption = z.object({
  label: z.string().check(z.maxLength(500)),
  value: z.string().check(z.maxLength(500)),
  /** "親::子" as its parts: choosing it means entering 親, then choosing 子. */
  path: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
});
export type ZendeskFormOption = z.infer<typeof zendeskFormOption>;

export const zendeskFormField = z.object({
  /** The submitted name, e.g. request[custom_fields][360010] or request[priority]. */
  name: z.string().check(z.maxLength(200)),
  label: z.string().check(z.maxLength(500)),
  /** Zendesk's field type: subject, description, priority, tagger, text, checkbox, … */
  kind: z.string().check(z.maxLength(40)),
  required: z.boolean(),
  description: z.string().check(z.maxLength(2000)),
  options: z.array(zendeskFormOption).check(z.maxLength(2000)),
});
export type ZendeskFormField = z.infer<typeof zendeskFormField>;

const ticketForm = z.object({ id: z.string().check(z.maxLength(40)), name: z.string().check(z.maxLength(500)) });

export const zendeskFormDescription = z.object({
  /** The ticket form this page shows, and every ticket form its selector offers. */
  ticketForm: z.optional(ticketForm),
  ticketForms: z.optional(z.array(ticketForm).check(z.maxLength(200))),
  fields: z.array(zendeskFormField).check(z.maxLength(300)),
});
export type ZendeskFormDescription = z.infer<typeof zendeskFormDescription>;

/** From the Zendesk content script: the request page it runs on describes its form (stored per origin by the background). */
export const zendeskFormLearned = message('zendesk/form-learned', { form: zendeskFormDescription });
