import { startAdapter } from '@/page-adapters/run';
import { iijAdapter } from '@/page-adapters/iij';

// IIJ Service Online. The adapter does nothing on pages without an inquiry text area.
export default defineContentScript({
  matches: [], // set from the vendor registry at build time (wxt.config.ts)
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void startAdapter(iijAdapter);
  },
});
