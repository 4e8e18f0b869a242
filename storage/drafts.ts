import { database } from './db';
import { currentIncident } from './incidents';
import type { DraftRow } from './schema';

/** One draft per vendor form and incident, kept until discarded; closing the popup never loses it. */
export async function loadDraft(formId: string, incidentId: string): Promise<DraftRow | undefined> {
  return database().drafts.where({ formId, incidentId }).first();
}

/** The form's draft in the current incident: what the popup shows and what a fill sends. */
export async function loadCurrentDraft(formId: string): Promise<DraftRow | undefined> {
  return loadDraft(formId, (await currentIncident()).id);
}

export async function listDrafts(): Promise<DraftRow[]> {
  return database().drafts.orderBy('updatedAt').reverse().toArray();
}

export async function saveDraft(draft: Omit<DraftRow, 'id' | 'updatedAt'>): Promise<DraftRow> {
  const db = database();
  return db.transaction('rw', db.drafts, async () => {
    // A draft from before incidents keeps its id; a new one is keyed by incident and form.
    const existing = await loadDraft(draft.formId, draft.incidentId);
    const row: DraftRow = {
      ...draft,
      id: existing?.id ?? `${draft.incidentId}:${draft.formId}`,
      updatedAt: new Date().toISOString(),
    };
    await db.drafts.put(row);
    return row;
  });
}

export async function discardDraft(formId: string, incidentId: string): Promise<void> {
  await database().drafts.where({ formId, incidentId }).delete();
}

/** Longest wait between a change and its save: browsers close a popup as soon as focus leaves. */
export const DRAFT_SAVE_DELAY_MS = 250;

export interface DraftSaver {
  /** Schedules a save of the newest state; a later call replaces an earlier pending one. */
  save(draft: Omit<DraftRow, 'id' | 'updatedAt'>): void;
  /** Saves what is pending now (before an action, on switching forms, on pagehide). */
  flush(): Promise<void>;
  /** Drops what is pending (the draft was discarded). */
  cancel(): void;
  /** The newest draft not yet written, for a closing page to hand to the background. */
  unsaved(): Omit<DraftRow, 'id' | 'updatedAt'> | undefined;
}

export function createDraftSaver({
  delay = DRAFT_SAVE_DELAY_MS,
  onSaved,
}: { delay?: number; onSaved?: (row: DraftRow) => void } = {}): DraftSaver {
  let pending: Omit<DraftRow, 'id' | 'updatedAt'> | undefined;
  let unsaved: Omit<DraftRow, 'id' | 'updatedAt'> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const draft = pending;
    pending = undefined;
    // Writes stay in order, so an older save never lands after a newer one.
    if (draft) {
      writing = writing
        .catch(() => undefined)
        .then(() => saveDraft(draft))
        .then((row) => {
          if (unsaved === draft) unsaved = undefined;
          onSaved?.(row);
        });
    }
    await writing;
  };
  return {
    save(draft) {
      pending = draft;
      unsaved = draft;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      pending = undefined;
      unsaved = undefined;
    },
    unsaved: () => unsaved,
  };
}
