import { draftSaveMessage } from '@/schemas/draft';
import { formListingById } from '@/schemas/vendors/sites';
import { saveDraft } from '@/storage/drafts';
import { handle } from './router';

/** Saves the draft a closing popup could not finish writing (see schemas/draft.ts). */
export function registerDraftSave(): void {
  handle(draftSaveMessage, 'extension', async ({ draft }) => {
    if (!formListingById(draft.formId)) throw new Error(`unknown form ${draft.formId}`);
    await saveDraft(draft);
  });
}
