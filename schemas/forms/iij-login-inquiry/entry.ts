import type { FormEntry } from '../../form-definition';
import { iijLoginInquiryListing } from './listing';

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const iijLoginInquiryEntry: FormEntry = {
  ...iijLoginInquiryListing,
  load: async () => (await import('./index')).iijLoginInquiry,
};
