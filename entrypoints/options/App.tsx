import { say, text } from '@/schemas/i18n';
import { ProfilesSection } from '@/components/profiles/ProfilesSection';
import { CaptureGallery } from '@/components/CaptureGallery';
import { CaptureSettings } from '@/components/CaptureSettings';
import { HistoryList } from '@/components/HistoryList';
import { ZendeskHostsSettings } from '@/components/ZendeskHostsSettings';
import { RememberedFieldsSettings } from '@/components/RememberedFieldsSettings';
import { DataSettings } from '@/components/DataSettings';
import '@/components/capture.css';

/** The options page: one section per thing the user manages. */
export function App() {
  return (
    <main className="options">
      <header>
        <h1>{say(text('サポート問い合わせ支援 — 設定', 'Support Ticket Helper — Settings'))}</h1>
        <p className="muted">
          {say(
            text(
              'データはこのブラウザの中(IndexedDB)だけに保存されます。外に出るのは、ご自身でベンダーのページに入力・送信した内容とメールだけです。',
              'Everything is kept in this browser (IndexedDB). Nothing leaves it except what you put into a vendor page or mail.',
            ),
          )}
        </p>
      </header>
      <ProfilesSection />
      <CaptureGallery />
      <CaptureSettings />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{say(text('履歴', 'History'))}</h2>
        <HistoryList />
      </section>
      <ZendeskHostsSettings />
      <RememberedFieldsSettings />
      <DataSettings />
    </main>
  );
}
