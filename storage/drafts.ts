import { database } from './db';
import type { DraftRow } from './schema';

/** One draft per vendor form, kept until sent or discarded; closing the popup never loses it. */
export async function loadDraft(formId: string): Promise<DraftRow | undefined> {
  return database().drafts.get(formId);
}

export async function listDrafts(): Promise<DraftRow[]> {
  return database().drafts.orderBy('updatedAt').reverse().toArray();
}

export async function saveDraft(draft: Omit<DraftRow, 'id' | 'updatedAt'>): Promise<DraftRow> {
  const row: DraftRow = { ...draft, id: draft.formId, updatedAt: new Date().toISOString() };
  await database().drafts.put(row);
  return row;
}

export async function discardDraft(formId: string): Promise<void> {
  await database().drafts.delete(formId);
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
}

export function createDraftSaver({
  delay = DRAFT_SAVE_DELAY_MS,
  onSaved,
}: { delay?: number; onSaved?: (row: DraftRow) => void } = {}): DraftSaver {
  let pending: Omit<DraftRow, 'id' | 'updatedAt'> | undefined;
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
        .then((row) => onSaved?.(row));
    }
    await writing;
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
  };
}
