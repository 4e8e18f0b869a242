import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/storage/db';
import { createDraftSaver, loadDraft } from '@/storage/drafts';
import { dropRescue, keepRescue, readRescue } from '@/storage/draft-rescue';
import type { DraftRow } from '@/storage/schema';
import type { Session } from './use-draft-session';

export type DraftState = 'saving' | 'saved' | 'failed' | 'conflict';
export type DraftNotice = 'restored' | 'changed-elsewhere' | 'deleted-elsewhere';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Where the open draft stands in storage. Saves that fail are shown and kept in a rescue copy;
 * another editor's change (a second popup, the options page) is shown when nothing here is
 * unsaved, and otherwise the user is asked whose text to keep — never a silent overwrite.
 */
export function useDraftSaving(formId: string | undefined, setSession: Dispatch<SetStateAction<Session | undefined>>) {
  const [draftState, setDraftState] = useState<DraftState>();
  const [saveError, setSaveError] = useState<string>();
  /** The other editor's version while this one holds unsaved changes (undefined inside: it was deleted). */
  const [conflict, setConflict] = useState<{ current: DraftRow | undefined }>();
  /** Something the user should know about the draft: restored after a failed save, or changed elsewhere. */
  const [draftNotice, setDraftNotice] = useState<DraftNotice>();
  const saver = useRef(
    createDraftSaver({
      onSaved: (row) => {
        dropRescue(row.formId);
        setSaveError(undefined);
        setDraftState('saved');
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
  function takeStored(stored: DraftRow | undefined, id: string) {
    saver.cancel();
    saver.setKnown(id, stored?.updatedAt ?? null);
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

  const stored = useLiveQuery(
    async () => (formId ? { formId, row: await database().drafts.get(formId) } : undefined),
    [formId],
  );
  useEffect(() => {
    // A result of the previous form's query can arrive after switching: only this form's counts.
    if (!stored || stored.formId !== formId) return;
    if ((stored.row?.updatedAt ?? null) === saver.known(formId)) return; // unchanged, or our own save
    if (saver.hasUnsaved()) {
      setConflict({ current: stored.row });
      setDraftState('conflict');
    } else takeStored(stored.row, formId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- takeStored uses only stable setters and the saver
  }, [stored, formId]);

  return {
    saver,
    draftState,
    saveError,
    conflict,
    draftNotice,
    /** Reads a form's draft as the popup opens it, and any newer rescue copy of what was typed. */
    async open(id: string) {
      setConflict(undefined);
      setDraftNotice(undefined);
      let draft: DraftRow | undefined;
      try {
        draft = await loadDraft(id);
      } catch (error) {
        setSaveError(messageOf(error));
      }
      saver.setKnown(id, draft?.updatedAt ?? null);
      const rescue = readRescue(id);
      const rescued = rescue && (!draft || rescue.keptAt > draft.updatedAt) ? rescue : undefined;
      setDraftState(draft ? 'saved' : undefined);
      if (rescued) setDraftNotice('restored');
      return { draft, rescued };
    },
    /** A change is on its way to storage. */
    saving: () => setDraftState((state) => (state === 'conflict' ? state : 'saving')),
    /** Tries the failed save again. */
    retrySave: () => saver.flush(),
    /** This editor discards the draft: its own deletion, not another editor's. */
    discarding(id: string) {
      saver.cancel();
      saver.setKnown(id, null);
      dropRescue(id);
    },
    /** Keeps this editor's text: overwrites the other editor's version. */
    async keepMine() {
      if (!formId || !conflict) return;
      saver.setKnown(formId, conflict.current?.updatedAt ?? null);
      setConflict(undefined);
      setDraftNotice(undefined);
      setSession((s) => s && { ...s, dirty: true });
      await saver.flush();
    },
    /** Takes the other editor's version; this editor's unsaved text is dropped. */
    takeTheirs() {
      if (formId && conflict) takeStored(conflict.current, formId);
    },
  };
}
