import { startAdapter } from '@/page-adapters/run';
import { iijAdapter } from '@/page-adapters/iij';

// IIJ Service Online. The adapter does nothing on pages without an inquiry text area.
export default defineContentScript({
  matches: ['https://help.iij.ad.jp/*'],
  allFrames: false,
  runAt: 'document_idle',
  main() {
    void startAdapter(iijAdapter);
  },
});
