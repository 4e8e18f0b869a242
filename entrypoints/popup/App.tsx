import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLiveQuery } from 'dexie-react-hooks';
import { CaptureGallery, captureFileName } from '@/components/CaptureGallery';
import { EnvironmentPanel } from '@/components/EnvironmentPanel';
import { FillReportView } from '@/components/FillReportView';
import { MailActions } from '@/components/MailActions';
import { HistoryList } from '@/components/HistoryList';
import { Disclosure } from '@/components/Disclosure';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ProfilePicker } from '@/components/ProfilePicker';
import { TextPreview } from '@/components/TextPreview';
import { detectClock, detectPlatform, detectTab } from '@/components/detect-environment';
import { MessageList } from '@/components/form/MessageList';
import { SchemaForm } from '@/components/form/SchemaForm';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';
import { sameValue } from '@/components/form/same-value';
import { checkForm, type FormMessage } from '@/components/form/validate';
import { sendToBackground } from '@/components/send-message';
import type { Environment } from '@/schemas/environment';
import { captureVisibleTabMessage } from '@/schemas/capture';
import { fillStart, type FillOutcome } from '@/schemas/fill';
import type { FormDefinition, PrefillContext, RenderedTicket } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import { forms, formById } from '@/schemas/index';
import { vendorById, vendors } from '@/schemas/vendors';
import { pageDeliveryOf } from '@/channels';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { mailDeliveryOf } from '@/channels/mail';
import type { ListedProfile } from '@/schemas/profile';
import { database } from '@/storage/db';
import { createDraftSaver, discardDraft, listDrafts, loadDraft } from '@/storage/drafts';
import { addHistory } from '@/storage/history';
import { defaultProfileFor, listAllProfiles } from '@/storage/profiles';
import { refreshDefaults, suggestForm } from './prefill';

/** The tab the popup works for: `?tab=<id>` (tests, the context menu), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

interface Session {
  form: FormDefinition;
  values: Values;
  profileId?: string;
  captureIds: string[];
  /** The prefill the values were last refreshed from. */
  prefill: Values;
  /** The user changed something since the draft was opened: save it. */
  dirty: boolean;
}

/** "このページに入力": the form's page channel accepts the target tab (the background checks the same). */
function canFillPage(form: FormDefinition, pageUrl: string | undefined, grants: string[]): boolean {
  const page = pageDeliveryOf(form);
  return !!page && page.channel.accepts(pageUrl, { hosts: vendorById(form.vendor)?.hosts ?? [], grants });
}

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function App() {
  const now = useRef(new Date()).current;
  const [draftState, setDraftState] = useState<'saving' | 'saved'>();
  const saver = useRef(createDraftSaver({ onSaved: () => setDraftState('saved') })).current;
  const edited = useRef(new Set<string>()).current;
  const [tabId, setTabId] = useState<number>();
  const [profiles, setProfiles] = useState<ListedProfile[]>([]);
  const [environment, setEnvironment] = useState<Partial<Environment>>(() => detectClock(now));
  const [environmentEdits, setEnvironmentEdits] = useState<Partial<Environment>>({});
  const [detecting, setDetecting] = useState(true);
  const [forPage, setForPage] = useState(false);
  const [session, setSession] = useState<Session>();
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [status, setStatus] = useState('');
  const [fill, setFill] = useState<FillOutcome>();
  const [grants, setGrants] = useState<string[]>([]);

  const env = useMemo(() => ({ ...environment, ...environmentEdits }), [environment, environmentEdits]);
  const formId = session?.form.id;
  const captures = useLiveQuery(() => (formId ? database().captures.where('draftId').equals(formId).sortBy('createdAt') : []), [formId]);
  const profile = profiles.find((p) => p.id === session?.profileId);

  const prefillFor = (form: FormDefinition, context: Omit<PrefillContext, 'now'>): Values => form.defaults({ ...context, now }) as Values;

  async function openForm(form: FormDefinition, allProfiles = profiles) {
    await saver.flush();
    edited.clear();
    setShowAllErrors(false);
    setFill(undefined);
    const draft = await loadDraft(form.id);
    const chosen = allProfiles.find((p) => p.id === draft?.profileId) ?? (draft ? undefined : await defaultProfileFor(form.vendor, allProfiles));
    const captureIds = draft?.captureIds ?? [];
    const prefill = prefillFor(form, { profile: chosen, environment: env, captureIds });
    setDraftState(draft ? 'saved' : undefined);
    setSession({ form, values: draft?.values ?? prefill, profileId: chosen?.id, captureIds, prefill, dirty: false });
  }

  // Start-up: what the first view needs (target page, profiles, drafts) — detection streams in after.
  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      const [tab, allProfiles, drafts] = await Promise.all([detectTab(id), listAllProfiles(), listDrafts()]);
      setEnvironment((e) => ({ ...e, ...tab }));
      setProfiles(allProfiles);
      const suggestion = suggestForm(forms, tab.pageUrl, drafts);
      setForPage(suggestion.forPage);
      await openForm(formById(suggestion.formId)!, allProfiles);
      setEnvironment({ ...detectClock(now), ...tab, ...(await detectPlatform().catch(() => ({}))) });
      setDetecting(false);
    })();
    // Help centers granted in options: the fill button shows where the background would fill.
    void browser.permissions.getAll().then(({ origins = [] }) => setGrants(grantedHelpCenterOrigins(origins)));
    const flushOnHide = () => void saver.flush();
    addEventListener('pagehide', flushOnHide);
    return () => removeEventListener('pagehide', flushOnHide);
  }, []); // start-up runs once

  // Screenshots attached to this draft (taken here or from the context menu) join the draft.
  useEffect(() => {
    if (!captures) return;
    const ids = captures.map((c) => c.id);
    setSession((s) => (s && !sameValue(s.captureIds, ids) ? { ...s, captureIds: ids, dirty: true } : s));
  }, [captures]);

  // New prefill (environment detected or edited, profile or screenshots changed) reaches unedited fields.
  const selectedText = captures?.at(-1)?.selectionText;
  useEffect(() => {
    setSession((s) => {
      if (!s) return s;
      const next = prefillFor(s.form, { profile: profiles.find((p) => p.id === s.profileId), environment: env, captureIds: s.captureIds, selectedText });
      if (sameValue(next, s.prefill)) return s;
      return { ...s, values: refreshDefaults(s.form.fields, s.values, s.prefill, next, edited), prefill: next };
    });
  }, [env, session?.profileId, session?.captureIds, selectedText, profiles]);

  useEffect(() => {
    if (!session?.dirty) return;
    saver.save({ formId: session.form.id, profileId: session.profileId, values: session.values, captureIds: session.captureIds, targetUrl: env.pageUrl });
    setDraftState('saving');
  }, [session, env.pageUrl, saver]);

  const visible = useMemo(() => (session ? getVisibleFields(session.form.fields, session.values) : []), [session]);
  const check = useMemo(() => (session ? checkForm(session.form, session.values, visible, now) : undefined), [session, visible, now]);
  // Empty fields the user has not reached yet are not shouted at until an action is tried.
  const shownMessages = useMemo(() => {
    const shown = new Map<string, FormMessage[]>();
    for (const [path, messages] of check?.byField ?? []) {
      const quiet = !showAllErrors && !edited.has(path) && isEmpty(valueAt(session!.values, path));
      const list = quiet ? messages.filter((m) => m.level !== 'error') : messages;
      if (list.length) shown.set(path, list);
    }
    return shown;
  }, [check, showAllErrors, session, edited]);

  const update = (change: (s: Session) => Partial<Session>) => setSession((s) => s && { ...s, ...change(s), dirty: true });
  const applyFix = (apply: (values: Values) => Values) => update((s) => ({ values: apply(s.values) }));

  /** The final actions run only on values without errors, after the draft is saved. */
  async function ready(): Promise<RenderedTicket | undefined> {
    if (!session || !check?.rendered || check.blocking) {
      setShowAllErrors(true);
      setStatus(say(text('エラーを直してください', 'Fix the errors first')));
      return undefined;
    }
    await saver.flush();
    return check.rendered;
  }

  async function copyText() {
    const rendered = await ready();
    if (!session || !rendered) return;
    const { subject, body } = rendered;
    await navigator.clipboard.writeText(body);
    await addHistory({ formId: session.form.id, action: 'copy', targetUrl: env.pageUrl, subject, text: body });
    setStatus(say(text('本文をコピーしました', 'Copied the text')));
  }

  async function fillPage(overwrite = false) {
    const rendered = await ready();
    if (!session || !rendered || tabId === undefined) return;
    setStatus(say(text('ページに入力しています…', 'Filling the page…')));
    try {
      const outcome = await sendToBackground<FillOutcome>(fillStart.parse({ type: 'fill/start', tabId, formId: session.form.id, overwrite }));
      setFill(outcome);
      setStatus('');
      if (outcome.kind === 'report') await addHistory({ formId: session.form.id, action: 'fill', targetUrl: env.pageUrl, subject: rendered.subject, text: rendered.body });
    } catch (error) {
      setStatus(`${say(text('ページに入力できませんでした', 'Could not fill the page'))}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function captureTab() {
    if (!session || tabId === undefined) return;
    await saver.flush();
    setStatus(say(text('スクリーンショットを撮っています…', 'Taking a screenshot…')));
    try {
      await sendToBackground(captureVisibleTabMessage.parse({ type: 'capture/visible-tab', tabId, draftId: session.form.id }));
      setStatus(say(text('スクリーンショットを添付しました', 'Screenshot attached')));
    } catch (error) {
      setStatus(`${say(text('スクリーンショットを撮れませんでした', 'Could not take a screenshot'))}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function discard() {
    if (!session) return;
    saver.cancel();
    await discardDraft(session.form.id);
    await openForm(session.form);
    setStatus(say(text('下書きを破棄しました', 'Draft discarded')));
  }

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{say(text('サポート問い合わせ支援', 'Support Ticket Helper'))}</h1>
        <div className="field">
          <label htmlFor="form-picker">{say(text('問い合わせフォーム', 'Support form'))}</label>
          <select id="form-picker" value={formId ?? ''} disabled={!session} onChange={(e) => void openForm(formById(e.target.value)!)}>
            {vendors.map((vendor) => (
              <optgroup key={vendor.id} label={say(vendor.name)}>
                {forms
                  .filter((form) => form.vendor === vendor.id)
                  .map((form) => (
                    <option key={form.id} value={form.id}>
                      {say(form.title)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {forPage && session && <span className="help">{say(text('このページのベンダー向けのフォームです', "This page's vendor form"))}</span>}
          {session?.form.description && <span className="help">{say(session.form.description)}</span>}
        </div>
        {draftState && (
          <p className="muted draft-state" data-state={draftState}>
            {draftState === 'saved' ? say(text('下書きは保存済みです', 'Draft saved')) : say(text('下書きを保存中…', 'Saving the draft…'))}
          </p>
        )}
        {session && (
          <ProfilePicker
            profiles={profiles.filter((p) => p.vendor === session.form.vendor)}
            selectedId={session.profileId}
            onChange={(profileId) => update(() => ({ profileId }))}
          />
        )}
      </header>

      <EnvironmentPanel
        environment={env}
        edited={new Set(Object.keys(environmentEdits))}
        detecting={detecting}
        onChange={(key, value) => setEnvironmentEdits((e) => ({ ...e, [key]: value }))}
      />

      {session && check ? (
        <>
          <section className="form" aria-label={say(session.form.title)}>
            <SchemaForm
              fields={visible}
              values={session.values}
              messages={shownMessages}
              captures={captures?.map((c) => ({ id: c.id, title: c.title, createdAt: c.createdAt }))}
              onChange={(path, value) => {
                edited.add(path);
                update((s) => ({ values: withValueAt(s.values, path, value) }));
              }}
              onApplyFix={applyFix}
            />
            {check.general.length > 0 && <MessageList messages={check.general} onApplyFix={applyFix} />}
          </section>

          <TextPreview rendered={check.rendered} complete={check.complete} />

          <div className="actions row">
            <button type="button" className="primary" aria-describedby={check.blocking ? 'blocking-note' : undefined} onClick={() => void copyText()}>
              {say(text('本文をコピー', 'Copy the text'))}
            </button>
            {canFillPage(session.form, env.pageUrl, grants) && (
              <button type="button" className="primary" aria-describedby={check.blocking ? 'blocking-note' : undefined} onClick={() => void fillPage()}>
                {say(text('このページに入力', 'Fill this page'))}
              </button>
            )}
            <button type="button" onClick={() => void captureTab()} disabled={tabId === undefined}>
              {say(text('スクリーンショットを添付', 'Attach a screenshot'))}
            </button>
            <ConfirmButton
              key={session.form.id}
              label={text('下書きを破棄…', 'Discard draft…')}
              group={text('下書きを破棄', 'Discard the draft')}
              confirm={text('破棄する', 'Discard')}
              onConfirm={discard}
            />
          </div>
          {check.blocking && (
            <p id="blocking-note" className="error">
              {say(text('エラーがあるため、コピー・入力・メール作成はできません', 'Fix the errors to copy, fill or mail'))}
            </p>
          )}
          {fill?.kind === 'report' && <FillReportView report={fill.report} clipboard={fill.clipboard} notice={fill.notice} />}
          {fill?.kind === 'confirm-overwrite' && (
            <div className="notice row" role="alert">
              <span>{say(text(`ページの「${fill.field}」には入力済みの文章があります。置き換えますか?`, `The page's "${fill.field}" already holds text. Replace it?`))}</span>
              <button type="button" className="danger" onClick={() => void fillPage(true)}>
                {say(text('置き換える', 'Replace'))}
              </button>
              <button type="button" onClick={() => setFill(undefined)}>
                {say(text('やめる', 'Cancel'))}
              </button>
            </div>
          )}
          {fill?.kind === 'invalid' && (
            <ul className="messages" role="alert">
              {fill.errors.map((error, i) => (
                <li key={i} className="error">
                  {error}
                </li>
              ))}
            </ul>
          )}
          {mailDeliveryOf(session.form) && check.rendered && !check.blocking && (
            <MailActions
              form={session.form}
              values={check.parsed}
              rendered={check.rendered}
              profile={profile}
              captures={(captures ?? [])
                .filter((c) => session.captureIds.includes(c.id))
                .map((c) => ({ id: c.id, name: captureFileName(c), type: c.mimeType, blob: c.image }))}
            />
          )}
        </>
      ) : (
        <p className="muted">{say(text('読み込み中…', 'Loading…'))}</p>
      )}
      <p className="status" role="status">
        {status}
      </p>

      {session && (
        <Disclosure className="history-panel" summary={say(text('スクリーンショット', 'Screenshots'))}>
          <CaptureGallery draftId={session.form.id} />
        </Disclosure>
      )}

      <Disclosure className="history-panel" summary={say(text('履歴', 'History'))}>
        <HistoryList />
      </Disclosure>
    </main>
  );
}
