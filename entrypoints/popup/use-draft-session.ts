import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { sameValue } from '@/components/form/same-value';
import { checkForm, type FormMessage } from '@/components/form/validate';
import type { Environment } from '@/schemas/environment';
import type { FormDefinition, PrefillContext } from '@/schemas/form-definition';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';
import type { ListedProfile } from '@/schemas/profile';
import { database } from '@/storage/db';
import { createDraftSaver, discardDraft, loadDraft } from '@/storage/drafts';
import { defaultProfileFor } from '@/storage/profiles';
import { refreshDefaults } from './prefill';

export interface Session {
  form: FormDefinition;
  values: Values;
  profileId?: string;
  captureIds: string[];
  /** The prefill the values were last refreshed from. */
  prefill: Values;
  /** The user changed something since the draft was opened: save it. */
  dirty: boolean;
}

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * One form's draft while the popup is open: opened from storage (or prefilled), refreshed when
 * the prefill changes in fields the user has not edited, saved on every change, and checked.
 */
export function useDraftSession({
  now,
  environment,
  profiles,
}: {
  now: Date;
  environment: Partial<Environment>;
  profiles: ListedProfile[];
}) {
  const [draftState, setDraftState] = useState<'saving' | 'saved'>();
  const saver = useRef(createDraftSaver({ onSaved: () => setDraftState('saved') })).current;
  const edited = useRef(new Set<string>()).current;
  const [session, setSession] = useState<Session>();
  const [showAllErrors, setShowAllErrors] = useState(false);
  const formId = session?.form.id;
  const captures = useLiveQuery(
    () => (formId ? database().captures.where('draftId').equals(formId).sortBy('createdAt') : []),
    [formId],
  );
  const prefillFor = (form: FormDefinition, context: Omit<PrefillContext, 'now'>): Values =>
    form.defaults({ ...context, now }) as Values;

  async function openForm(form: FormDefinition, allProfiles = profiles) {
    await saver.flush();
    edited.clear();
    setShowAllErrors(false);
    const draft = await loadDraft(form.id);
    const chosen =
      allProfiles.find((p) => p.id === draft?.profileId) ??
      (draft ? undefined : await defaultProfileFor(form.vendor, allProfiles));
    const captureIds = draft?.captureIds ?? [];
    const prefill = prefillFor(form, { profile: chosen, environment, captureIds });
    setDraftState(draft ? 'saved' : undefined);
    setSession({ form, values: draft?.values ?? prefill, profileId: chosen?.id, captureIds, prefill, dirty: false });
  }

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
      const profile = profiles.find((p) => p.id === s.profileId);
      const next = prefillFor(s.form, { profile, environment, captureIds: s.captureIds, selectedText });
      if (sameValue(next, s.prefill)) return s;
      return { ...s, values: refreshDefaults(s.form.fields, s.values, s.prefill, next, edited), prefill: next };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefillFor and edited are stable for the popup's life
  }, [environment, session?.profileId, session?.captureIds, selectedText, profiles]);

  useEffect(() => {
    if (!session?.dirty) return;
    saver.save({
      formId: session.form.id,
      profileId: session.profileId,
      values: session.values,
      captureIds: session.captureIds,
      targetUrl: environment.pageUrl,
    });
    setDraftState('saving');
  }, [session, environment.pageUrl, saver]);

  const visible = useMemo(() => (session ? getVisibleFields(session.form.fields, session.values) : []), [session]);
  const check = useMemo(
    () => (session ? checkForm(session.form, session.values, visible, now) : undefined),
    [session, visible, now],
  );
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
    captures,
    draftState,
    visible,
    check,
    shownMessages,
    openForm,
    showAllErrors: () => setShowAllErrors(true),
    chooseProfile: (profileId: string | undefined) => update(() => ({ profileId })),
    editField(path: string, value: unknown) {
      edited.add(path);
      update((s) => ({ values: withValueAt(s.values, path, value) }));
    },
    applyFix: (apply: (values: Values) => Values) => update((s) => ({ values: apply(s.values) })),
    /** Saves what is pending now (before an action, or when the popup closes). */
    flush: () => saver.flush(),
    async discard() {
      if (!session) return;
      saver.cancel();
      await discardDraft(session.form.id);
      await openForm(session.form);
    },
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;
