import { watchPage } from '@/page-adapters/run';
import { zendeskPage } from '@/page-adapters/zendesk-page';

// Pentio's help center. Other Zendesk help centers get this same script at run time once the
// user grants their origin (entrypoints/background/fill.ts registers it). The fill code is
// entrypoints/zendesk-fill.ts, injected by the background on the user's fill.
export default defineContentScript({
  matches: [], // set from the vendor registry at build time (wxt.config.ts)
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void watchPage(zendeskPage);
  },
});
