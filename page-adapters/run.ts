import { browser } from 'wxt/browser';
import { localeFor, setLocale } from '@/schemas/i18n';
import { mountInPagePanel, publishPanel } from './in-page-button';

/**
 * What both content scripts do on every page they match: find out whether this is a request
 * form and, if so, place the in-page panel. They stay small (no schema library, no fill code):
 * the fill code is page-adapters/fill-script.ts, which the background injects into the tab only
 * after the user's own click on fill, in the popup or in the panel.
 */
export interface PageWatcher {
  /** Where the in-page panel goes (just before the vendor's form), or undefined when this is not a request page. */
  findAnchor(): Promise<Element | undefined>;
}

export async function watchPage(watcher: PageWatcher): Promise<void> {
  setLocale(localeFor(browser.i18n.getUILanguage()));
  const anchor = await watcher.findAnchor();
  if (!anchor) return; // not a request page: nothing to offer
  publishPanel(mountInPagePanel(anchor));
}
