import { startFillScript } from '@/page-adapters/fill-script';
import { iijAdapter } from '@/page-adapters/iij';

// Injected by the background into an IIJ Service Online page's top frame right before a fill the
// user started (channels/iij-service-online `fillScript`); never listed in the manifest.
export default defineUnlistedScript(() => startFillScript(iijAdapter));
