import type { Page } from 'playwright-core';
import { profileSchema, type Profile, type ProfileInput } from '../../schemas/profile';
import type { ExtensionSession } from './browser';

/** The extension's IndexedDB (storage/db.ts DATABASE_NAME). */
const DATABASE_NAME = 'support-ticket-helper';

/** Waits until an extension page has created the database, so raw reads and writes find its stores. */
async function databaseReady(page: Page): Promise<void> {
  await page.waitForFunction(async (name) => (await indexedDB.databases()).some((db) => db.name === name && (db.version ?? 0) > 1), DATABASE_NAME);
}

/** Every row of one table, read through an extension page (popup or options). */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  await databaseReady(page);
  return page.evaluate(
    ({ name, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { name: DATABASE_NAME, store },
  );
}

/**
 * Saves a profile as the options page would (validated by the profile schema), written through
 * an extension page. Pages read profiles when they open: reload them afterwards.
 */
export async function seedProfile(page: Page, input: ProfileInput): Promise<Profile> {
  const profile = profileSchema.parse(input);
  await databaseReady(page);
  await page.evaluate(
    ({ name, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite');
          tx.objectStore('profiles').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, row: profile },
  );
  return profile;
}

/** The part of the service worker's `chrome` API these helpers use. */
type WorkerChrome = { chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } } };

/** The id of the tab showing `url`, asked from the service worker. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(async (u) => (await (globalThis as unknown as WorkerChrome).chrome.tabs.query({})).find((tab) => tab.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup (as a page) for a target tab, and waits until its form is drawn. */
export async function openPopupForTab(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.locator('section.form').waitFor();
  return popup;
}

/** Opens `url` in a new tab, then the popup for that tab: as a user clicking the toolbar button there. */
export async function openPopupFor(session: ExtensionSession, url: string): Promise<{ popup: Page; target: Page; tabId: number }> {
  const target = await session.context.newPage();
  await target.goto(url);
  const tabId = await tabIdOf(session, target.url());
  return { popup: await openPopupForTab(session, tabId), target, tabId };
}
