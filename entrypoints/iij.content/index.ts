import { watchPage } from '@/page-adapters/run';
import { iijPage } from '@/page-adapters/iij-page';

// IIJ Service Online. Places the panel on pages with an inquiry text area; the fill code is
// entrypoints/iij-fill.ts, injected by the background on the user's fill.
export default defineContentScript({
  matches: [], // set from the vendor registry at build time (wxt.config.ts)
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void watchPage(iijPage);
  },
});
