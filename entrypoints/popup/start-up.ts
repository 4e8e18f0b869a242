import { browser } from 'wxt/browser';
import { formEntries, loadForm } from '@/schemas/catalog';
import type { Environment } from '@/schemas/environment';
import type { FormDefinition } from '@/schemas/form-definition';
import type { ListedProfile } from '@/schemas/profile';
import { database } from '@/storage/db';
import { currentIncident, draftsOfIncident } from '@/storage/incidents';
import { listAllProfiles } from '@/storage/profiles';
import type { IncidentRow } from '@/storage/schema';
import { getSetting } from '@/storage/settings';
import { detectTab } from '@/utils/detect-environment';
import { suggestForm } from './prefill';

/** What the popup's first view needs: the page it was opened over, profiles, the incident and the form to open. */
export interface StartUp {
  tabId?: number;
  tab: Partial<Environment>;
  profiles: ListedProfile[];
  incident: IncidentRow;
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

/**
 * Starts every read the first view waits on, all at once. main.tsx calls it before React's first
 * render, so the reads overlap that render instead of following it.
 */
export async function beginStartUp(): Promise<StartUp> {
  void (await database()).open(); // the reads below queue on this one open
  const tabId = targetTabId();
  const [tab, profiles, [incident, drafts], firstRunDismissed] = await Promise.all([
    tabId.then(async (id) => {
      const found = await detectTab(id);
      // The page alone suggests a form: its code (and zod's, which every form needs) loads while
      // the drafts are read. Drafts may name another form; that one loads after them.
      void loadForm(suggestForm(formEntries, found.pageUrl, []).formId);
      return found;
    }),
    listAllProfiles(),
    currentIncident().then(async (row) => [row, await draftsOfIncident(row.id)] as const),
    getSetting('firstRun.dismissed'),
  ]);
  const suggestion = suggestForm(formEntries, tab.pageUrl, drafts);
  return {
    tabId: await tabId,
    tab,
    profiles,
    incident,
    firstRunDismissed,
    form: (await loadForm(suggestion.formId))!,
    forPage: suggestion.forPage,
  };
}
