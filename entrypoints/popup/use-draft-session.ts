import { browser } from 'wxt/browser';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLive } from '@/storage/live';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { sameValue } from '@/components/form/same-value';
import { checkForm, type FormMessage } from '@/components/form/validate';
import { previewDraft } from '@/schemas/draft-preview';
import type { Environment } from '@/schemas/environment';
import type { FormDefinition, PrefillContext } from '@/schemas/form-definition';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';
import type { ListedProfile } from '@/schemas/profile';
import { notifyCapturesChanged } from '@/capture/notify';
import { discardDraft, type DraftSaver } from '@/storage/drafts';
import { capturesOfIncident, currentIncident, resumeIncident, startIncident } from '@/storage/incidents';
import { defaultProfileFor } from '@/storage/profiles';
import type { CaptureRow, DraftRow, IncidentRow } from '@/storage/schema';
import { refreshDefaults } from './prefill';
import { useDraftSaving } from './use-draft-saving';

export interface Session {
  form: FormDefinition;
  values: Values;
  profileId?: string;
  incidentId: string;
  /** The captures this draft sends, in order. */
  captureIds: string[];
  /** The incident's captures the user took off this draft. */
  detachedCaptureIds: string[];
  /** The prefill the values were last refreshed from. */
  prefill: Values;
  /** The user changed something since the draft was opened: save it. */
  dirty: boolean;
}

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The incident's captures a draft does not have yet and was not told to leave out: they join it. */
function joiningCaptures(incidentCaptures: { id: string }[], attached: string[], detached: string[]): string[] {
  return incidentCaptures.map((c) => c.id).filter((id) => !attached.includes(id) && !detached.includes(id));
}

/**
 * Where the incident's facts go in a form's prefill: its moment and page, never the popup's
 * opening moment or the vendor's own page the popup happens to be opened over.
 */
function incidentContext(
  incident: IncidentRow | undefined,
  environment: Partial<Environment>,
  onVendorPage: boolean,
): Pick<PrefillContext, 'occurredAt' | 'pageUrl' | 'selectedText'> {
  return {
    occurredAt: incident?.occurredAt ? new Date(incident.occurredAt) : undefined,
    pageUrl: incident?.pageUrl ?? (onVendorPage ? undefined : environment.pageUrl),
    selectedText: incident?.selectionText,
  };
}

/**
 * One form's draft of the current incident while the popup is open: opened from storage (or
 * prefilled from the incident), refreshed when the prefill changes in fields the user has not
 * edited, saved on every change, and checked.
 */
// eslint-disable-next-line max-lines-per-function -- one draft's life (open, prefill refresh, captures following the incident, save, check) shares the session state
export function useDraftSession({
  now,
  environment,
  profiles,
  onVendorPage,
}: {
  now: Date;
  environment: Partial<Environment>;
  profiles: ListedProfile[];
  /** The popup was opened over a vendor's page: its URL is not where the problem was seen. */
  onVendorPage: boolean;
}) {
  const savedCaptures = useRef('');
  const edited = useRef(new Set<string>()).current;
  const [session, setSession] = useState<Session>();
  const { saver, open, saving, discarding, ...draftStatus } = useDraftSaving(
    session && { formId: session.form.id, incidentId: session.incidentId },
    setSession,
    (row) => {
      // The toolbar badge counts captures on no draft: tell it when this draft took some.
      const ids = row.captureIds.join();
      if (ids !== savedCaptures.current) notifyCapturesChanged();
      savedCaptures.current = ids;
    },
  );
  const [showAllErrors, setShowAllErrors] = useState(false);
  const incidentId = session?.incidentId;
  // The incident as it learns facts (a capture taken while the popup is open).
  const incident = useLive(incidentId ? (db) => db.incidents.get(incidentId) : undefined, [incidentId]);
  const captures = useLive(incidentId ? () => capturesOfIncident(incidentId) : undefined, [incidentId]);
  const prefillFor = (form: FormDefinition, context: Omit<PrefillContext, 'now'>): Values =>
    form.defaults({ ...context, now }) as Values;

  /** Opens a form's draft of the incident; `read`: the incident's rows the popup's start-up already read. */
  async function openForm(
    form: FormDefinition,
    allProfiles = profiles,
    incidentRow?: IncidentRow,
    read?: { drafts: DraftRow[]; captures: CaptureRow[] },
  ) {
    await saver.flush();
    edited.clear();
    setShowAllErrors(false);
    const openIncident = incidentRow ?? (await currentIncident());
    const { draft: stored, rescued } = await open(
      form.id,
      openIncident.id,
      read && { draft: read.drafts.find((d) => d.formId === form.id) },
    );
    // A copy kept when saving failed, newer than what is stored, is what the user typed last.
    const draft = rescued ?? stored;
    const chosen =
      allProfiles.find((p) => p.id === draft?.profileId) ??
      (draft ? undefined : await defaultProfileFor(form.vendor, allProfiles));
    const saved = draft?.captureIds ?? [];
    const detachedCaptureIds = draft?.detachedCaptureIds ?? [];
    const incidentCaptures = read?.captures ?? (await capturesOfIncident(openIncident.id));
    const joining = joiningCaptures(incidentCaptures, saved, detachedCaptureIds);
    const captureIds = [...saved, ...joining];
    const prefill = prefillFor(form, {
      profile: chosen,
      environment,
      captureIds,
      ...incidentContext(openIncident, environment, onVendorPage),
    });
    setSession({
      form,
      values: draft?.values ?? prefill,
      profileId: chosen?.id,
      incidentId: openIncident.id,
      captureIds,
      detachedCaptureIds,
      prefill,
      // The incident's captures go with this draft from now on, and a rescued text is saved again: keep that.
      dirty: joining.length > 0 || !!rescued,
    });
  }

  // The incident's captures (taken here or from the context menu) go with every one of its
  // drafts, except those the user took off this one.
  useEffect(() => {
    if (!captures) return;
    setSession((s) => {
      if (!s) return s;
      const joining = joiningCaptures(captures, s.captureIds, s.detachedCaptureIds);
      return joining.length ? { ...s, captureIds: [...s.captureIds, ...joining], dirty: true } : s;
    });
  }, [captures]);

  // New prefill (environment detected or edited, profile, incident or captures changed) reaches unedited fields.
  useEffect(() => {
    setSession((s) => {
      if (!s) return s;
      const profile = profiles.find((p) => p.id === s.profileId);
      const next = prefillFor(s.form, {
        profile,
        environment,
        captureIds: s.captureIds,
        ...incidentContext(incident, environment, onVendorPage),
      });
      if (sameValue(next, s.prefill)) return s;
      return { ...s, values: refreshDefaults(s.form.fields, s.values, s.prefill, next, edited), prefill: next };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefillFor and edited are stable for the popup's life
  }, [environment, session?.profileId, session?.captureIds, incident, profiles, onVendorPage]);

  useEffect(() => {
    if (!session?.dirty) return;
    saver.save({
      formId: session.form.id,
      incidentId: session.incidentId,
      profileId: session.profileId,
      values: session.values,
      captureIds: session.captureIds,
      detachedCaptureIds: session.detachedCaptureIds,
      targetUrl: environment.pageUrl,
    });
    saving();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saving and the saver are stable for the popup's life
  }, [session, environment.pageUrl]);

  const visible = useMemo(() => (session ? getVisibleFields(session.form.fields, session.values) : []), [session]);
  const check = useMemo(
    () => (session ? checkForm(session.form, session.values, visible, now) : undefined),
    [session, visible, now],
  );
  // The items the chosen profile fills in (they differ from the same prefill without it): the
  // popup sums them up on one line instead of repeating the profile in full.
  const profilePaths = useMemo(() => {
    const profile = profiles.find((p) => p.id === session?.profileId);
    if (!session || !profile) return [];
    const context = {
      environment,
      captureIds: session.captureIds,
      ...incidentContext(incident, environment, onVendorPage),
    };
    const withProfile = prefillFor(session.form, { ...context, profile });
    const without = prefillFor(session.form, context);
    return session.form.fields
      .map((f) => f.path)
      .filter((path) => !sameValue(valueAt(withProfile, path), valueAt(without, path)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefillFor is stable; the rest of the session does not change which items the profile fills
  }, [session?.form, session?.profileId, session?.captureIds, profiles, environment, incident, onVendorPage]);
  // The visible items that still need the user, in the form's order (the counter walks them).
  const missing = useMemo(
    () => visible.map((f) => f.path).filter((path) => check?.byField.get(path)?.some((m) => m.level === 'error')),
    [visible, check],
  );
  // Finished drafts preview the validated values, so the preview is exactly the text that is sent.
  // It renders the form once per visible item, so it is worked out in a deferred render: after the
  // form is on screen, and between keystrokes rather than in them.
  const previewInput = useDeferredValue(
    useMemo(() => ({ session, check, visible, missing }), [session, check, visible, missing]),
  );
  const preview = useMemo(() => {
    const { session, check, visible, missing } = previewInput;
    return session && check
      ? previewDraft(session.form, (check.complete ? check.parsed : session.values) as Values, visible, missing)
      : undefined;
  }, [previewInput]);
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

  const update = (change: (s: Session) => Partial<Session>) =>
    setSession((s) => s && { ...s, ...change(s), dirty: true });

  return {
    session,
    incident,
    captures,
    ...draftStatus,
    visible,
    check,
    missing,
    preview,
    profilePaths,
    shownMessages,
    openForm,
    showAllErrors: () => setShowAllErrors(true),
    chooseProfile: (profileId: string | undefined) => update(() => ({ profileId })),
    editField(path: string, value: unknown) {
      edited.add(path);
      update((s) => ({ values: withValueAt(s.values, path, value) }));
    },
    applyFix: (apply: (values: Values) => Values) => update((s) => ({ values: apply(s.values) })),
    attachCapture: (id: string) =>
      update((s) => ({
        captureIds: s.captureIds.includes(id) ? s.captureIds : [...s.captureIds, id],
        detachedCaptureIds: s.detachedCaptureIds.filter((d) => d !== id),
      })),
    detachCapture: (id: string) =>
      update((s) => ({
        captureIds: s.captureIds.filter((c) => c !== id),
        detachedCaptureIds: [...s.detachedCaptureIds, id],
      })),
    replaceCapture: (originalId: string, copyId: string) =>
      update((s) => ({
        captureIds: s.captureIds.map((c) => (c === originalId ? copyId : c)),
        detachedCaptureIds: [...s.detachedCaptureIds, originalId],
      })),
    /** 「新しい問い合わせ」: the same form, empty of the earlier incident's facts. */
    async newIncident() {
      if (!session) return;
      await saver.flush();
      await openForm(session.form, profiles, await startIncident());
    },
    async resumeIncident(id: string) {
      if (!session) return;
      const row = await resumeIncident(id);
      if (row) await openForm(session.form, profiles, row);
    },
    /** Saves what is pending now (before an action). */
    flush: () => saver.flush(),
    handOff: () => handOffDraft(saver), // the popup is closing
    async discard() {
      if (!session) return;
      discarding({ formId: session.form.id, incidentId: session.incidentId });
      await discardDraft(session.form.id, session.incidentId);
      await openForm(session.form);
    },
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;

/**
 * The popup is closing: Firefox aborts a closing page's IndexedDB writes, so the newest unwritten
 * draft goes to the background to save (draft/save); Chromium finishes the local write too.
 */
function handOffDraft(saver: DraftSaver): void {
  const unsaved = saver.unsaved();
  if (unsaved) void browser.runtime.sendMessage({ type: 'draft/save', draft: unsaved });
  void saver.flush();
}
