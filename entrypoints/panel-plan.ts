import { browser } from 'wxt/browser';
import { PANEL_PLANNER_KEY, type PlannerHost } from '@/channels/panel-planner';
import { planForStoredDraft } from '@/channels/prepare-plan';
import { localeFor, setLocale } from '@/schemas/i18n';

// Loaded by the in-page panel (fill-panel.html, an extension page) when the user clicks a draft;
// never listed in the manifest nor web-accessible.
export default defineUnlistedScript(() => {
  setLocale(localeFor(browser.i18n.getUILanguage()));
  (globalThis as PlannerHost)[PANEL_PLANNER_KEY] = planForStoredDraft;
});
