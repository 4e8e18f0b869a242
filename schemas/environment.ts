import * as z from './zod-mini';

/** What the popup detects about the user's machine and the tab it was opened over. */
export const environmentSchema = z.object({
  osName: z._default(z.string(), ''),
  /** '' with osVersionUnknown=true when the browser cannot tell (Firefox): the user must check it. */
  osVersion: z._default(z.string(), ''),
  osVersionUnknown: z._default(z.boolean(), false),
  browserName: z._default(z.string(), ''),
  browserVersion: z._default(z.string(), ''),
  pageUrl: z._default(z.string(), ''),
  pageTitle: z._default(z.string(), ''),
  /** JST wall clock to the minute, 'YYYY-MM-DDTHH:mm'. */
  nowJst: z._default(z.string(), ''),
  /** The user's own IANA time zone when it is not Asia/Tokyo. */
  userTimeZone: z.optional(z.string()),
});
export type Environment = z.infer<typeof environmentSchema>;
