import { z } from 'zod';

/** What the popup detects about the user's machine and the tab it was opened over. */
export const environmentSchema = z.object({
  osName: z.string().default(''),
  /** '' with osVersionUnknown=true when the browser cannot tell (Firefox): the user must check it. */
  osVersion: z.string().default(''),
  osVersionUnknown: z.boolean().default(false),
  browserName: z.string().default(''),
  browserVersion: z.string().default(''),
  pageUrl: z.string().default(''),
  pageTitle: z.string().default(''),
  /** JST wall clock to the minute, 'YYYY-MM-DDTHH:mm'. */
  nowJst: z.string().default(''),
  /** The user's own IANA time zone when it is not Asia/Tokyo. */
  userTimeZone: z.string().optional(),
});
export type Environment = z.infer<typeof environmentSchema>;
