import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLive } from '@/storage/live';
import { createDraftSaver, draftKey, loadDraft } from '@/storage/drafts';
import { dropRescue, keepRescue, readRescue } from '@/storage/draft-rescue';
import type { DraftRow } from '@/storage/schema';
import type { Session } from './use-draft-session';

export type DraftState = 'saving' | 'saved' | 'failed' | 'conflict';
export type DraftNotice = 'restored' | 'changed-elsewhere' | 'deleted-elsewhere';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stored draft (or why it could not be read) and a newer rescue copy of what was typed. */
async function readForOpening(formId: string, incidentId: string, read?: { draft: DraftRow | undefined }) {
  let draft: DraftRow | undefined;
  let error: string | undefined;
  try {
    draft = read ? read.draft : await loadDraft(formId, incidentId);
  } catch (failure) {
    error = messageOf(failure);
  }
  const rescue = readRescue(formId, incidentId);
  const rescued = rescue && (!draft || rescue.keptAt > draft.updatedAt) ? rescue : undefined;
  return { draft, rescued, error };
}

/**
 * Where the open draft stands in storage. Saves that fail are shown and kept in a rescue copy;
 * another editor's change (a second popup, the options page) is shown when nothing here is
 * unsaved, and otherwise the user is asked whose text to keep — never a silent overwrite.
 */
export function useDraftSaving(
  open: { formId: string; incidentId: string } | undefined,
  setSession: Dispatch<SetStateAction<Session | undefined>>,
  afterSave?: (row: DraftRow) => void,
) {
  const formId = open?.formId;
  const incidentId = open?.incidentId;
  const key = open ? draftKey(open) : undefined;
  const [draftState, setDraftState] = useState<DraftState>();
  const [saveError, setSaveError] = useState<string>();
  /** The other editor's version while this one holds unsaved changes (undefined inside: it was deleted). */
  const [conflict, setConflict] = useState<{ current: DraftRow | undefined }>();
  /** Something the user should know about the draft: restored after a failed save, or changed elsewhere. */
  const [draftNotice, setDraftNotice] = useState<DraftNotice>();
  const saver = useRef(
    createDraftSaver({
      onSaved: (row) => {
        dropRescue(row.formId, row.incidentId);
        setSaveError(undefined);
        setDraftState('saved');
        afterSave?.(row);
      },
      onFailed: (error, draft) => {
        keepRescue(draft);
        setSaveError(messageOf(error));
        setDraftState('failed');
      },
      onConflict: (current) => {
        setConflict({ current });
        setDraftState('conflict');
      },
    }),
  ).current;

  /** Shows the version another editor stored (or that it deleted the draft). */
  function takeStored(stored: DraftRow | undefined, storedKey: string) {
    saver.cancel();
    saver.setKnown(storedKey, stored?.updatedAt ?? null);
    setConflict(undefined);
    setDraftState(stored ? 'saved' : undefined);
    setDraftNotice(stored ? 'changed-elsewhere' : 'deleted-elsewhere');
    if (stored)
      setSession(
        (s) =>
          s && {
            ...s,
            values: stored.values,
            captureIds: stored.captureIds,
            profileId: stored.profileId,
            dirty: false,
          },
      );
  }

  const stored = useLive(
    formId && incidentId ? async () => ({ key, row: await loadDraft(formId, incidentId) }) : undefined,
    [key],
  );
  useEffect(() => {
    // A result of the previous draft's query can arrive after switching: only this draft's counts.
    if (!stored || !key || stored.key !== key) return;
    if ((stored.row?.updatedAt ?? null) === saver.known(key)) return; // unchanged, or our own save
    if (saver.hasUnsaved()) {
      setConflict({ current: stored.row });
      setDraftState('conflict');
    } else takeStored(stored.row, key);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- takeStored uses only stable setters and the saver
  }, [stored, key]);

  return {
    saver,
    draftState,
    saveError,
    conflict,
    draftNotice,
    /** Reads a form's draft as the popup opens it (unless `read` already holds it), and any newer rescue copy of what was typed. */
    async open(openFormId: string, openIncidentId: string, read?: { draft: DraftRow | undefined }) {
      setConflict(undefined);
      setDraftNotice(undefined);
      const { draft, rescued, error } = await readForOpening(openFormId, openIncidentId, read);
      if (error) setSaveError(error);
      saver.setKnown(draftKey({ formId: openFormId, incidentId: openIncidentId }), draft?.updatedAt ?? null);
      setDraftState(draft ? 'saved' : undefined);
      if (rescued) setDraftNotice('restored');
      return { draft, rescued };
    },
    saving: () => setDraftState((state) => (state === 'conflict' ? state : 'saving')),
    retrySave: () => saver.flush(),
    /** This editor discards the draft: its own deletion, not another editor's. */
    discarding(draft: { formId: string; incidentId: string }) {
      saver.cancel();
      saver.setKnown(draftKey(draft), null);
      dropRescue(draft.formId, draft.incidentId);
    },
    /** keepMine overwrites the other editor's version; takeTheirs drops this editor's unsaved text. */
    async keepMine() {
      if (!key || !conflict) return;
      saver.setKnown(key, conflict.current?.updatedAt ?? null);
      setConflict(undefined);
      setDraftNotice(undefined);
      setSession((s) => s && { ...s, dirty: true });
      await saver.flush();
    },
    takeTheirs() {
      if (key && conflict) takeStored(conflict.current, key);
    },
  };
}
