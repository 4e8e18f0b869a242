import { say, text } from '@/schemas/i18n';
import { ProfilesSection } from '@/components/profiles/ProfilesSection';

/** The options page: one section per thing the user manages. */
export function App() {
  return (
    <main className="options">
      <header>
        <h1>{say(text('サポート問い合わせ支援 — 設定', 'Support Ticket Helper — Settings'))}</h1>
        <p className="muted">
          {say(
            text(
              'データはこのブラウザの中(IndexedDB)だけに保存されます。送信されるのは、あなたがベンダーのページやメールに入れた内容だけです。',
              'Everything is kept in this browser (IndexedDB). Nothing leaves it except what you put into a vendor page or mail.',
            ),
          )}
        </p>
      </header>
      <ProfilesSection />
    </main>
  );
}
