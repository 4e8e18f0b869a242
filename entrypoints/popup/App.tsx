import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Disclosure } from '@/components/Disclosure';
import { TextPreview } from '@/components/TextPreview';
import { MessageList } from '@/components/form/MessageList';
import { SchemaForm } from '@/components/form/SchemaForm';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { say, text } from '@/schemas/i18n';
import { loadForm } from '@/schemas/catalog';
import type { ListedProfile } from '@/schemas/profile';
import { setSetting } from '@/storage/settings';
import { DeliveryActions } from './DeliveryActions';
import { detectedBadges } from './detected-badges';
import { DraftStatus } from './DraftStatus';
import { FormPicker } from './FormPicker';
import { ProfileSummary, tuckedProfileFields } from './ProfileSummary';
import { IncidentHeader } from './IncidentHeader';
import { goToField } from './MissingCounter';
import { beginStartUp, type StartUp } from './start-up';
import { useDraftSession } from './use-draft-session';
import { useEnvironment } from './use-environment';
import { usePageOptions } from './use-page-options';
import { SsoTracePanel } from '@/sso-trace/SsoTracePanel';
import { useSsoTraceApplication } from './use-sso-trace';

// Sections the first view does not show load on first use: closed sections on opening, the
// first-run panel only for a user without profiles.
const CaptureGallery = lazy(() => import('@/components/CaptureGallery').then((m) => ({ default: m.CaptureGallery })));
const HistoryList = lazy(() => import('@/components/HistoryList').then((m) => ({ default: m.HistoryList })));
const FirstRun = lazy(() => import('./FirstRun').then((m) => ({ default: m.FirstRun })));

/**
 * The popup: pick form → profile → environment → form → vendor text → actions. Layout only.
 * `startUp`: the first view's reads, begun by main.tsx before this first renders (tests leave it out).
 */
// eslint-disable-next-line max-lines-per-function -- layout: most lines are the sections in the order the user meets them
export function App({ startUp: begun }: { startUp?: Promise<StartUp> }) {
  const [startUp] = useState(() => begun ?? beginStartUp());
  const now = useRef(new Date()).current;
  const [tabId, setTabId] = useState<number>();
  const [profiles, setProfiles] = useState<ListedProfile[]>([]);
  const [forPage, setForPage] = useState(false);
  const [grants, setGrants] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [firstRun, setFirstRun] = useState(false);
  const environment = useEnvironment(now);
  const draft = useDraftSession({ now, environment: environment.environment, profiles, onVendorPage: forPage });
  const { session, check } = draft;
  const pageOptions = usePageOptions(session?.form, environment.environment.pageUrl);
  const ssoTrace = useSsoTraceApplication(draft);

  // The profile's items sum up in one line until 「編集」; a new form starts folded again.
  const [editingProfile, setEditingProfile] = useState(false);
  useEffect(() => setEditingProfile(false), [session?.form.id]);
  const tucked =
    session && !editingProfile
      ? tuckedProfileFields(draft.visible, draft.profilePaths, session.values, session.prefill, draft.missing)
      : [];
  /** A line of the vendor text leads to its item, unfolding the profile's items when it is one of them. */
  function goToItem(path: string) {
    if (!tucked.some((f) => f.path === path)) return goToField(path);
    setEditingProfile(true);
    setTimeout(() => goToField(path));
  }

  // Start-up: what the first view needs (target page, profiles, drafts) — detection streams in after.
  useEffect(() => {
    void (async () => {
      const {
        tabId: id,
        tab,
        profiles: allProfiles,
        incident,
        drafts,
        captures,
        firstRunDismissed,
        form,
        forPage,
      } = await startUp;
      setTabId(id);
      environment.setTab(tab);
      setProfiles(allProfiles);
      setFirstRun(allProfiles.length === 0 && !firstRunDismissed);
      setForPage(forPage);
      await draft.openForm(form, allProfiles, incident, { drafts, captures });
      await environment.detectPlatform(tab);
    })();
    // Help centers granted in options: the fill button shows where the background would fill.
    void browser.permissions.getAll().then(({ origins = [] }) => setGrants(grantedHelpCenterOrigins(origins)));
    const handOffOnHide = () => draft.handOff();
    addEventListener('pagehide', handOffOnHide);
    return () => removeEventListener('pagehide', handOffOnHide);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start-up runs once
  }, []);

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{say(text('サポート問い合わせ支援', 'Support Ticket Helper'))}</h1>
        {firstRun && (
          <Suspense>
            <FirstRun
              onDismiss={() => {
                setFirstRun(false);
                void setSetting('firstRun.dismissed', true);
              }}
            />
          </Suspense>
        )}
        {session && draft.incident && (
          <IncidentHeader
            incident={draft.incident}
            formId={session.form.id}
            onOpenForm={(formId) => void loadForm(formId).then((form) => form && draft.openForm(form))}
            onNew={() => void draft.newIncident()}
            onResume={(id) => void draft.resumeIncident(id)}
          />
        )}
        <FormPicker form={session?.form} forPage={forPage} onPick={(form) => void draft.openForm(form)} />
        {environment.detecting && (
          <p className="muted draft-state" role="status">
            {say(text('この環境(OS・ブラウザ)を検出中…', 'Detecting this OS and browser…'))}
          </p>
        )}
        <DraftStatus draft={draft} />
        {session && (
          <ProfileSummary
            profiles={profiles.filter((p) => p.vendor === session.form.vendor)}
            selectedId={session.profileId}
            onChange={draft.chooseProfile}
            tucked={tucked}
            values={session.values}
            editing={editingProfile}
            onEdit={(editing) => {
              setEditingProfile(editing);
              const first = tucked[0];
              if (editing && first) setTimeout(() => goToField(first.path));
            }}
          />
        )}
      </header>

      {session && check ? (
        <>
          <section className="form" aria-label={say(session.form.title)}>
            <SchemaForm
              fields={tucked.length ? draft.visible.filter((f) => !tucked.includes(f)) : draft.visible}
              values={session.values}
              messages={ssoTrace.withDetectedHints(draft.shownMessages)}
              captures={draft.captures?.map((c) => ({ id: c.id, title: c.title, createdAt: c.createdAt }))}
              badges={detectedBadges(draft.visible, session.values, session.prefill, environment.environment)}
              onChange={draft.editField}
              onApplyFix={draft.applyFix}
              pageOptions={pageOptions}
              now={now}
            />
            {check.general.length > 0 && <MessageList messages={check.general} onApplyFix={draft.applyFix} />}
          </section>
          <TextPreview preview={draft.preview} complete={check.complete} onGoTo={goToItem} />
          <DeliveryActions
            key={session.form.id}
            draft={draft}
            tabId={tabId}
            pageUrl={environment.environment.pageUrl}
            grants={grants}
            profile={profiles.find((p) => p.id === session.profileId)}
            status={status}
            setStatus={setStatus}
          />
        </>
      ) : (
        <p className="muted">{say(text('読み込み中…', 'Loading…'))}</p>
      )}

      {session && (
        <Disclosure className="history-panel" summary={say(text('スクリーンショット', 'Screenshots'))}>
          <CaptureGallery
            attachedIds={session.captureIds}
            onAttach={draft.attachCapture}
            onDetach={draft.detachCapture}
            onReplace={draft.replaceCapture}
          />
        </Disclosure>
      )}

      {session && (
        <SsoTracePanel form={session.form} tabUrl={environment.environment.pageUrl} onApply={ssoTrace.apply} />
      )}

      <Disclosure className="history-panel" summary={say(text('履歴', 'History'))}>
        <HistoryList />
      </Disclosure>
    </main>
  );
}
