import type { FormEntry } from '../../form-definition';
import { fujitsuEmptyMailListing } from './listing';

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const fujitsuEmptyMailEntry: FormEntry = {
  ...fujitsuEmptyMailListing,
  load: async () => (await import('./index')).fujitsuEmptyMail,
};
