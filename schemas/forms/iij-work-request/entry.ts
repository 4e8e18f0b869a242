import type { FormEntry } from '../../form-definition';
import { iijWorkRequestListing } from './listing';

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const iijWorkRequestEntry: FormEntry = {
  ...iijWorkRequestListing,
  load: async () => (await import('./index')).iijWorkRequest,
};
