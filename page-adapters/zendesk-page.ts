import type * as z from 'zod/mini';
import { ZENDESK_REQUEST_PATH } from '@/channels/zendesk-request-page/path';
import type { zendeskFormLearned } from '@/schemas/zendesk-form';
import { sendToBackground } from '@/utils/send-message';
import { waitFor } from './dom-events';
import type { PageWatcher } from './run';
import { readRequestForm } from './zendesk-form-reader';

/** Waits until React has rendered the form (≈0.5 s) and CKEditor, if any, is ready (≈1 s). */
export async function waitForRequestForm(
  doc: Document = document,
  timeoutMs = 10_000,
): Promise<HTMLFormElement | undefined> {
  const submit = await waitFor(() => doc.querySelector<HTMLButtonElement>('form button[type=submit]'), timeoutMs, doc);
  const form = submit?.form ?? undefined;
  if (!form) return undefined;
  // The WYSIWYG description submits HTML; its editor appears after the form does.
  if (form.querySelector('input[name="request[description_mimetype]"][value="text/html"]'))
    await waitFor(() => editorIn(form), timeoutMs, doc);
  return form;
}

export function editorIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.ck-editor__editable[contenteditable=true]');
}

/** Tells the background what this page's form is, so the popup can offer its own options. */
function learnForm(): void {
  const form = readRequestForm();
  if (!form) return;
  const request: z.input<typeof zendeskFormLearned> = { type: 'zendesk/form-learned', form };
  void sendToBackground(request).catch(() => undefined);
}

/** The Zendesk content script: on request pages, tell the background the form and place the panel. */
export const zendeskPage: PageWatcher = {
  async findAnchor() {
    const form = ZENDESK_REQUEST_PATH.test(location.pathname) ? await waitForRequestForm() : undefined;
    if (form) learnForm();
    // Outside the React root that renders the form, so React never meets a node it did not make.
    return form?.parentElement ?? form;
  },
};
