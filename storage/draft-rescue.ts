import type { DraftRow } from './schema';

/**
 * A copy of a draft whose save to IndexedDB failed, kept in the page's localStorage so what was
 * typed survives the popup closing. Read back when the form is opened again, dropped once a save
 * lands. Best effort: when localStorage fails too, the on-screen status still says the save failed.
 */
type Rescued = Omit<DraftRow, 'id' | 'updatedAt'> & { keptAt: string };

const keyOf = (formId: string, incidentId: string) => `draft-rescue:${incidentId}:${formId}`;

export function keepRescue(draft: Omit<DraftRow, 'id' | 'updatedAt'>): void {
  try {
    localStorage.setItem(
      keyOf(draft.formId, draft.incidentId),
      JSON.stringify({ ...draft, keptAt: new Date().toISOString() }),
    );
  } catch {
    // nothing more can be done here; the status line already says the draft is not saved
  }
}

export function readRescue(formId: string, incidentId: string): Rescued | undefined {
  try {
    const raw = localStorage.getItem(keyOf(formId, incidentId));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Rescued;
    const valid =
      parsed.formId === formId &&
      parsed.incidentId === incidentId &&
      typeof parsed.values === 'object' &&
      parsed.values !== null &&
      Array.isArray(parsed.captureIds) &&
      typeof parsed.keptAt === 'string';
    return valid ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function dropRescue(formId: string, incidentId: string): void {
  try {
    localStorage.removeItem(keyOf(formId, incidentId));
  } catch {
    // see keepRescue
  }
}
