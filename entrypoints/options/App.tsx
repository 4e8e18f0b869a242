import { lazy, Suspense } from 'react';
import { say, text } from '@/schemas/i18n';
import { ProfilesSection } from '@/components/profiles/ProfilesSection';

// The page opens on the profiles; the sections below them load right after, as their own chunk.
const LaterSections = lazy(() => import('./LaterSections'));

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
      <Suspense fallback={<p className="muted">{say(text('読み込み中…', 'Loading…'))}</p>}>
        <LaterSections />
      </Suspense>
    </main>
  );
}
