import * as z from './zod-mini';
import { message } from './messages';

/**
 * The popup's last unsaved draft, handed to the background as the popup closes: Firefox aborts
 * a closing page's IndexedDB writes, so the page cannot finish saving it itself.
 */
export const draftSaveMessage = message('draft/save', {
  draft: z.strictObject({
    formId: z.string().check(z.minLength(1)),
    incidentId: z.string().check(z.minLength(1)),
    profileId: z.optional(z.string()),
    values: z.record(z.string(), z.unknown()),
    captureIds: z.array(z.string()),
    detachedCaptureIds: z.optional(z.array(z.string())),
    targetUrl: z.optional(z.string()),
  }),
});
