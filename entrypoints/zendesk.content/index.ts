import { startAdapter } from '@/page-adapters/run';
import { zendeskAdapter } from '@/page-adapters/zendesk';

// Pentio's help center. Other Zendesk help centers get this same script at run time once the
// user grants their origin (entrypoints/background/fill.ts registers it).
export default defineContentScript({
  matches: [], // set from the vendor registry at build time (wxt.config.ts)
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void startAdapter(zendeskAdapter);
  },
});
