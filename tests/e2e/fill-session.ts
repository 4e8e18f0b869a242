import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import type { Page } from './page';
import { PANEL_PLANNER_KEY } from '../../channels/panel-planner';

/**
 * What both fill E2E files need: drafts and captures written into the extension's IndexedDB,
 * and `fill/start` sent exactly as the popup sends it (with the plan it renders), from an extension page.
 */

/** Where seedDraft and startFill run: an extension page (the demo and bench pass playwright-core's). */
interface ExtensionPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** A 1×1 PNG. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export interface SeedDraft {
  formId: string;
  values: Record<string, unknown>;
  captureIds: string[];
}

/** The incident seeded drafts belong to; it is made the current one, as the popup would. */
export const SEEDED_INCIDENT = 'seeded-incident';

/**
 * Writes one draft of the current incident and its captures (1×1 PNGs) through plain IndexedDB,
 * once the extension has created its database.
 */
export async function seedDraft(extensionPage: ExtensionPage, draft: SeedDraft): Promise<void> {
  await extensionPage.evaluate(
    async ({ draft, png, incidentId }) => {
      const exists = async () => (await indexedDB.databases()).some((d) => d.name === 'support-ticket-helper');
      while (!(await exists())) await new Promise((r) => setTimeout(r, 50));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('support-ticket-helper');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['drafts', 'captures', 'incidents', 'settings'], 'readwrite');
      const now = new Date().toISOString();
      tx.objectStore('incidents').put({ id: incidentId, startedAt: now });
      tx.objectStore('settings').put({ key: 'incident.current', value: incidentId });
      tx.objectStore('drafts').put({ id: `${incidentId}:${draft.formId}`, ...draft, incidentId, updatedAt: now });
      const image = new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' });
      for (const id of draft.captureIds) {
        tx.objectStore('captures').put({
          id,
          createdAt: now,
          pageUrl: 'https://example.jp/',
          title: 'エラー画面',
          image,
          mimeType: 'image/png',
          width: 1,
          height: 1,
          bytes: image.size,
          stamped: false,
          redacted: false,
          incidentId,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { draft, png: PNG_BASE64, incidentId: SEEDED_INCIDENT },
  );
}

/** The router's reply to `fill/start`; its value is a FillOutcome, left loose so tests can read any variant. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whichever outcome variant they expect
export type FillReply = { ok: boolean; value?: any; error?: string };

/**
 * What the popup does on 「このページに入力」 for the stored draft of `formId`: renders the plan in
 * the extension page (with the plan code the in-page panel loads, /panel-plan.js) and sends
 * `fill/start` with it for the tab showing `tabUrl`. Answers the router's reply, or the draft's
 * errors as the popup shows them (`{ ok: true, value: { kind: 'invalid', errors } }`).
 */
export function startFill(
  extensionPage: ExtensionPage,
  tabUrl: string,
  formId: string,
  overwrite?: boolean,
): Promise<FillReply> {
  return extensionPage.evaluate(
    async ({ tabUrl, formId, overwrite, plannerKey }) => {
      type Planner = (formId: string) => Promise<{ kind: string; plan?: unknown; errors?: string[] }>;
      const host = globalThis as unknown as Record<string, Planner | undefined>;
      if (!host[plannerKey]) {
        const script = document.createElement('script');
        script.src = chrome.runtime.getURL('/panel-plan.js');
        await new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        });
      }
      const prepared: { kind: string; plan?: unknown; errors?: string[] } = await host[plannerKey]!(formId).catch(
        (error: Error) => ({ kind: 'error', errors: [error.message] }),
      );
      if (prepared.kind === 'error') return { ok: false, error: prepared.errors![0] };
      if (prepared.kind === 'invalid') return { ok: true, value: prepared };
      const [tab] = await chrome.tabs.query({ url: tabUrl });
      return chrome.runtime.sendMessage({
        type: 'fill/start',
        tabId: tab!.id,
        formId,
        plan: prepared.plan,
        ...(overwrite === undefined ? {} : { overwrite }),
      });
    },
    { tabUrl, formId, overwrite, plannerKey: PANEL_PLANNER_KEY },
  );
}

/**
 * One browser session per test file: the shipped build on the vendors' host names (mapped to
 * the fixture server), one saved draft, and a fresh vendor tab for every test — one at a time,
 * so a fill always targets the page the test opened.
 */
export function vendorFillSession(draft: SeedDraft) {
  const state = {} as { server: FixtureServer; session: ExtensionSession; extensionPage: Page; vendor: Page };
  beforeAll(async () => {
    state.server = await startFixtureServer();
    state.session = await launchWithExtension(inject('shippedExtensionDir'), { httpsPort: state.server.port });
    state.extensionPage = await state.session.openExtensionPage('options.html');
    await seedDraft(state.extensionPage, draft);
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  beforeEach(async () => {
    state.server.submissions.length = 0;
    state.server.uploads.length = 0;
    state.vendor = await state.session.context.newPage();
  });
  afterEach(() => state.vendor.close());
  return state;
}
