import { sendToBackground } from '@/utils/send-message';

/** Pages call this after changing captures so the toolbar badge follows; best effort. */
export function notifyCapturesChanged(): void {
  // The schema loads with the call: a page's first view carries no message schemas (zod).
  import('@/schemas/capture')
    .then(({ capturesChangedMessage }) => sendToBackground(capturesChangedMessage.parse({ type: 'captures/changed' })))
    .catch(() => undefined);
}
