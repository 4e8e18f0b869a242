import { database } from './db';
import { currentIncident } from './incidents';
import type { DraftRow } from './schema';

/** One draft per vendor form and incident, kept until discarded; closing the popup never loses it. */
export async function loadDraft(formId: string, incidentId: string): Promise<DraftRow | undefined> {
  const db = await database();
  return db.drafts.where({ formId, incidentId }).first();
}

/** The form's draft in the current incident: what the popup shows and what a fill sends. */
export async function loadCurrentDraft(formId: string): Promise<DraftRow | undefined> {
  return loadDraft(formId, (await currentIncident()).id);
}

export async function listDrafts(): Promise<DraftRow[]> {
  const db = await database();
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}

let lastStamp = 0;
/** Save times strictly increase, even within one millisecond: "the newest draft" and "changed since" stay exact. */
function stampAfter(known: string | null): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1, known ? Date.parse(known) + 1 : 0);
  return new Date(lastStamp).toISOString();
}

/** Another editor (a second popup, the options page) changed or deleted the draft since this one read it. */
export class DraftConflict extends Error {
  constructor(readonly current: DraftRow | undefined) {
    super('draft changed elsewhere');
  }
}

type DraftInput = Omit<DraftRow, 'id' | 'updatedAt'>;

/**
 * Saves the draft. With `known` (the updatedAt this editor last saw, null when there was none),
 * saves only if the stored draft is still that one; otherwise throws DraftConflict and writes nothing.
 */
export async function saveDraft(draft: DraftInput, known?: string | null): Promise<DraftRow> {
  const db = await database();
  return db.transaction('rw', db.drafts, async () => {
    const existing = await loadDraft(draft.formId, draft.incidentId);
    if (known !== undefined && (existing?.updatedAt ?? null) !== known) throw new DraftConflict(existing);
    // A draft from before incidents keeps its id; a new one is keyed by incident and form.
    const row: DraftRow = {
      ...draft,
      id: existing?.id ?? `${draft.incidentId}:${draft.formId}`,
      updatedAt: stampAfter(existing?.updatedAt ?? null),
    };
    await db.drafts.put(row);
    return row;
  });
}

export async function discardDraft(formId: string, incidentId: string): Promise<void> {
  const db = await database();
  await db.drafts.where({ formId, incidentId }).delete();
}

/** Longest wait between a change and its save: browsers close a popup as soon as focus leaves. */
export const DRAFT_SAVE_DELAY_MS = 250;

/** One draft's key in the saver's bookkeeping. */
export const draftKey = (draft: { formId: string; incidentId: string }) => `${draft.incidentId}:${draft.formId}`;

export interface DraftSaver {
  /** Schedules a save of the newest state; a later call replaces an earlier pending one. */
  save(draft: DraftInput): void;
  /** Saves what is pending now (before an action, on switching forms, on pagehide). False when it could not. */
  flush(): Promise<boolean>;
  /** Drops what is pending (the draft was discarded, or the other editor's version was taken). */
  cancel(): void;
  /** The stored draft's updatedAt as this editor last saw it (null: none); saves refuse to overwrite another. */
  setKnown(key: string, updatedAt: string | null): void;
  known(key: string): string | null;
  /** Something typed is not stored yet (pending, or its save failed). */
  hasUnsaved(): boolean;
  /** The newest draft not yet written, for a closing page to hand to the background. */
  unsaved(): DraftInput | undefined;
}

/**
 * Saves a draft shortly after each change, in order. A failed save keeps the draft pending (the
 * next flush retries it) and reports it; a save that would overwrite another editor's newer
 * draft writes nothing and reports the conflict instead.
 */
export function createDraftSaver({
  delay = DRAFT_SAVE_DELAY_MS,
  onSaved,
  onFailed,
  onConflict,
}: {
  delay?: number;
  onSaved?: (row: DraftRow) => void;
  onFailed?: (error: unknown, draft: DraftInput) => void;
  onConflict?: (current: DraftRow | undefined) => void;
} = {}): DraftSaver {
  let pending: DraftInput | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<boolean> = Promise.resolve(true);
  const known = new Map<string, string | null>();
  const knownOf = (key: string) => known.get(key) ?? null;
  const flush = async (): Promise<boolean> => {
    clearTimeout(timer);
    timer = undefined;
    const draft = pending;
    // Writes stay in order, so an older save never lands after a newer one.
    if (draft) {
      writing = writing.then(async () => {
        try {
          const row = await saveDraft(draft, knownOf(draftKey(draft)));
          if (pending === draft) pending = undefined;
          known.set(draftKey(draft), row.updatedAt);
          onSaved?.(row);
          return true;
        } catch (error) {
          pending ??= draft; // kept for the retry; a newer edit already replaced it otherwise
          if (error instanceof DraftConflict) onConflict?.(error.current);
          else onFailed?.(error, draft);
          return false;
        }
      });
    }
    return writing;
  };
  return {
    save(draft) {
      pending = draft;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      pending = undefined;
    },
    setKnown(key, updatedAt) {
      known.set(key, updatedAt);
    },
    known: knownOf,
    hasUnsaved: () => pending !== undefined,
    unsaved: () => pending,
  };
}
