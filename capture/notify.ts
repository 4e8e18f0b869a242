import { sendToBackground } from '@/utils/send-message';
import { capturesChangedMessage } from '@/schemas/capture';

/** Pages call this after changing captures so the toolbar badge follows; best effort. */
export function notifyCapturesChanged(): void {
  sendToBackground(capturesChangedMessage.parse({ type: 'captures/changed' })).catch(() => undefined);
}
