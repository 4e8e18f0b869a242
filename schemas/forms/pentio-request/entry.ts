import type { FormEntry } from '../../form-definition';
import { pentioRequestListing } from './listing';

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const pentioRequestEntry: FormEntry = {
  ...pentioRequestListing,
  load: async () => (await import('./index')).pentioRequest,
};
