import type { FormEntry } from '../../form-definition';
import { iijOtherInquiryListing } from './listing';

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const iijOtherInquiryEntry: FormEntry = {
  ...iijOtherInquiryListing,
  load: async () => (await import('./index')).iijOtherInquiry,
};
