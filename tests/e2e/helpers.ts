import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadProfileSchema, type Profile, type ProfileInput } from '../../schemas/profile';
import type { ExtensionRealm, ExtensionSession } from './browser';
import type { Frame, Page } from './page';

/** The extension's IndexedDB (storage/db.ts DATABASE_NAME). */
const DATABASE_NAME = 'support-ticket-helper';

/** An extension context the tests can evaluate code in: an extension page or the background. */
type ExtensionContext = Pick<Page, 'evaluate'> | ExtensionRealm;

/** Waits until the extension has created its database, so raw reads and writes find its stores. */
async function databaseReady(where: ExtensionContext): Promise<void> {
  await (where as Pick<Page, 'evaluate'>).evaluate(async (name) => {
    while (!(await indexedDB.databases()).some((db) => db.name === name && (db.version ?? 0) > 1))
      await new Promise((r) => setTimeout(r, 50));
  }, DATABASE_NAME);
}

/**
 * Every row of one table, read with plain IndexedDB inside the extension. Images stay in the
 * browser (a Blob does not cross into the test): rows come back without their `image`.
 */
export async function readStore<T>(where: ExtensionContext, store: string): Promise<T[]> {
  await databaseReady(where);
  return (where as Pick<Page, 'evaluate'>).evaluate(
    ({ name, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            // A JSON copy: WebDriver BiDi hands back an object met twice in one value (a draft's
            // captureIds is also its attachments) only once, and undefined the second time.
            const rows = (request.result as Record<string, unknown>[]).map(({ image: _image, ...row }) => row);
            resolve(JSON.parse(JSON.stringify(rows)) as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { name: DATABASE_NAME, store },
  );
}

/** Deletes one row, as the extension's own clean-up (retention, the gallery) would. */
export async function deleteRow(where: ExtensionContext, store: string, key: string): Promise<void> {
  await databaseReady(where);
  await (where as Pick<Page, 'evaluate'>).evaluate(
    ({ name, store, key }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).delete(key);
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, store, key },
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and returns the serious and critical violations (empty when none). */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Saves a profile as the options page would (validated by the profile schema), written through
 * an extension page. Pages read profiles when they open: reload them afterwards.
 */
export async function seedProfile(page: Page, input: ProfileInput): Promise<Profile> {
  const profile = (await loadProfileSchema()).parse(input);
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

/** The id of the tab showing `url`, asked from the service worker. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id,
    url,
  );
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
export async function openPopupFor(
  session: ExtensionSession,
  url: string,
): Promise<{ popup: Page; target: Page; tabId: number }> {
  const target = await session.context.newPage();
  await target.goto(url);
  const tabId = await tabIdOf(session, target.url());
  return { popup: await openPopupForTab(session, tabId), target, tabId };
}

/** Changes fields of one row, as if it had been written so (e.g. a capture taken earlier). */
export async function updateRow(
  where: ExtensionContext,
  store: string,
  key: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await databaseReady(where);
  await (where as Pick<Page, 'evaluate'>).evaluate(
    ({ name, store, key, changes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          const request = tx.objectStore(store).get(key);
          request.onsuccess = () => tx.objectStore(store).put({ ...request.result, ...changes });
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, store, key, changes },
  );
}

/**
 * The in-page panel's frame on a vendor page (an extension page inside a closed shadow root:
 * selectors cannot reach it, the browser's frame list does). Waits until it has loaded.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  for (;;) {
    // Firefox's protocol keeps an extension frame's URL at about:blank: ask the frame itself.
    const urls = await Promise.all(page.frames().map((f) => f.evaluate(() => location.href).catch(() => '')));
    const frame = page.frames()[urls.findIndex((url) => url.endsWith('/fill-panel.html'))];
    if (frame) {
      await frame.waitForLoadState('load');
      await frame.locator('button').first().waitFor();
      return frame;
    }
    await page.waitForTimeout(50);
  }
}

/** The context-menu item of captures for support (entrypoints/background/capture.ts). */
const CAPTURE_MENU_ID = 'capture-for-support';

/**
 * Fires the real context-menu listener, as 「サポート用にキャプチャ」 on `target` would (a native
 * menu cannot be clicked headless).
 */
export async function fireCaptureMenu(
  session: ExtensionSession,
  target: Page,
  info: Record<string, unknown> = {},
  times = 1,
): Promise<void> {
  await target.bringToFront();
  await session.fireContextMenu({ menuItemId: CAPTURE_MENU_ID, ...info }, target.url(), times);
}
