import { startFillScript } from '@/page-adapters/fill-script';
import { zendeskAdapter } from '@/page-adapters/zendesk';

// Injected by the background into a Zendesk request page's top frame right before a fill the user
// started (channels/zendesk-request-page `fillScript`); never listed in the manifest.
export default defineUnlistedScript(() => startFillScript(zendeskAdapter));
