import { CaptureGallery } from '@/components/CaptureGallery';
import { CaptureSettings } from '@/components/CaptureSettings';
import { DataSettings } from '@/components/DataSettings';
import { HistoryList } from '@/components/HistoryList';
import { RememberedFieldsSettings } from '@/components/RememberedFieldsSettings';
import { ZendeskHostsSettings } from '@/components/ZendeskHostsSettings';
import { say, text } from '@/schemas/i18n';
import '@/components/capture.css';

/** The options page below the profiles: screenshots, history, help centers, remembered fields, data. */
export default function LaterSections() {
  return (
    <>
      <CaptureGallery />
      <CaptureSettings />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{say(text('履歴', 'History'))}</h2>
        <HistoryList />
      </section>
      <ZendeskHostsSettings />
      <RememberedFieldsSettings />
      <DataSettings />
    </>
  );
}
