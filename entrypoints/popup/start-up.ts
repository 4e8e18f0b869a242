import { browser } from 'wxt/browser';
import { formEntries, loadForm } from '@/schemas/catalog';
import type { Environment } from '@/schemas/environment';
import type { FormDefinition } from '@/schemas/form-definition';
import type { ListedProfile } from '@/schemas/profile';
import { readFirstView, type FirstViewRows } from '@/storage/first-view';
import { capturesOfIncident, currentIncident, draftsOfIncident } from '@/storage/incidents';
import { listManagedProfiles, listProfiles } from '@/storage/profiles';
import type { CaptureRow, DraftRow, IncidentRow } from '@/storage/schema';
import { getSetting } from '@/storage/settings';
import { detectTab } from '@/utils/detect-environment';
import { suggestForm } from './prefill';

/** What the popup's first view needs: the page it was opened over, profiles, the incident and the form to open. */
export interface StartUp {
  tabId?: number;
  tab: Partial<Environment>;
  profiles: ListedProfile[];
  incident: IncidentRow;
  /** The incident's drafts and captures as they were read for the first view. */
  drafts: DraftRow[];
  captures: CaptureRow[];
  firstRunDismissed: boolean;
  form: FormDefinition;
  /** The form was chosen for the vendor page the popup was opened over. */
  forPage: boolean;
}

/** The tab the popup works for: `?tab=<id>` (tests, the context menu), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The same rows through Dexie: when the quick read could not answer, or no incident is current yet (starting one is a write). */
async function readThroughDexie(quick: FirstViewRows | undefined): Promise<FirstViewRows & { incident: IncidentRow }> {
  if (quick?.incident) return { ...quick, incident: quick.incident };
  const [incident, profiles, firstRunDismissed] = await Promise.all([
    currentIncident(),
    quick?.profiles ?? listProfiles(),
    quick?.firstRunDismissed ?? getSetting('firstRun.dismissed'),
  ]);
  const [drafts, captures] = await Promise.all([draftsOfIncident(incident.id), capturesOfIncident(incident.id)]);
  return { incident, drafts, captures, profiles, firstRunDismissed };
}

/**
 * Starts every read the first view waits on, all at once. main.tsx calls it before React's first
 * render, so the reads overlap that render instead of following it. The database is read without
 * Dexie (storage/first-view.ts); Dexie loads after the first view, for saving and live updates.
 */
export async function beginStartUp(): Promise<StartUp> {
  const tabId = targetTabId();
  const [tab, own, managed] = await Promise.all([
    tabId.then(async (id) => {
      const found = await detectTab(id);
      // The page alone suggests a form: its code (and zod's, which every form needs) loads while
      // the drafts are read. Drafts may name another form; that one loads after them.
      void loadForm(suggestForm(formEntries, found.pageUrl, []).formId);
      return found;
    }),
    readFirstView().then(readThroughDexie),
    listManagedProfiles(),
  ]);
  const { incident, drafts, captures, profiles, firstRunDismissed } = own;
  const suggestion = suggestForm(formEntries, tab.pageUrl, drafts);
  return {
    tabId: await tabId,
    tab,
    profiles: [...managed, ...profiles],
    incident,
    drafts,
    captures,
    firstRunDismissed,
    form: (await loadForm(suggestion.formId))!,
    forPage: suggestion.forPage,
  };
}
