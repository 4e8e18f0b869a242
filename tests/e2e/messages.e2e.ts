import type { Page } from './page';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { seedDraft } from './fill-session';
import { readStore, tabIdOf } from './helpers';
import { pentioRequest } from '../../schemas/forms/pentio-request';

/**
 * The shipped build on a vendor page: the page's own JavaScript, and code running where our
 * content script runs, send the background malformed and foreign messages. None gets an answer,
 * and the database is the same afterwards.
 */
const REQUEST_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
/** A well-formed plan with the content world's own text: only the sender's kind refuses it. */
const FORGED_PLAN = { adapter: 'zendesk', subject: 'forged', description: 'forged', cc: [], dropdowns: [], files: [] };
const STORES = ['profiles', 'incidents', 'drafts', 'captures', 'history', 'settings', 'pageFields'];

let server: FixtureServer;
let session: ExtensionSession;
let extensionPage: Page;
let vendor: Page;

/** Every row of every table, images left out. */
async function databaseSnapshot(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(STORES.map(async (store) => [store, await readStore(extensionPage, store)] as const)),
  );
}

/** Sends each message with chrome.runtime.sendMessage from our isolated world in the vendor tab; answers what came back. */
async function sendFromContentWorld(messages: unknown[]): Promise<string[]> {
  const tabId = await tabIdOf(session, vendor.url());
  return session.worker.evaluate(
    async ({ tabId, messages }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [messages],
        func: (all: unknown[]) =>
          Promise.all(
            all.map((m) =>
              chrome.runtime.sendMessage(m).then(
                // Chrome delivers a listener's undefined answer as null.
                (reply) => (reply === undefined || reply === null ? 'no answer' : JSON.stringify(reply)),
                (error: Error) => `no answer (${error.message})`,
              ),
            ),
          ),
      });
      return injection!.result as string[];
    },
    { tabId, messages },
  );
}

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(inject('shippedExtensionDir'), { httpsPort: server.port });
  extensionPage = await session.openExtensionPage('options.html');
  await seedDraft(extensionPage, { formId: pentioRequest.id, values: pentioRequest.example, captureIds: ['cap-1'] });
  vendor = await session.context.newPage();
  await vendor.goto(REQUEST_PAGE);
  await vendor.locator('[data-support-ticket-helper=panel]').waitFor({ state: 'attached' });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('messages from a web page', () => {
  it('the page’s own script cannot message the extension (no externally_connectable), and changes nothing', async () => {
    const before = await databaseSnapshot();
    const outcome = await vendor.evaluate(async (extensionId) => {
      const runtime = (
        globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } };
        }
      ).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no chrome.runtime.sendMessage in the page';
      try {
        return `answered ${JSON.stringify(await runtime.sendMessage(extensionId, { type: 'fill/remember-field', field: '本文', selector: '#x' }))}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, session.extensionId);
    expect(outcome).not.toMatch(/^answered/);
    // window.postMessage is the other road a page has to a content script.
    await vendor.evaluate(() => {
      for (const type of ['fill/remember-field', 'fill/start', 'fill/apply', 'capture/visible-tab'])
        window.postMessage({ type, field: '本文', selector: '#x', tabId: 1, formId: 'pentio-request' }, '*');
    });
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe('malformed or out-of-place messages from the content-script world', () => {
  it('get no answer and change nothing in the database', async () => {
    const before = await databaseSnapshot();
    expect(before.drafts).toHaveLength(1);
    const replies = await sendFromContentWorld([
      'fill/remember-field',
      null,
      42,
      {},
      { type: 42 },
      { type: 'db/clear' },
      { type: 'fill/remember-field' },
      { type: 'fill/remember-field', field: 'x'.repeat(41), selector: '#a' },
      { type: 'fill/remember-field', field: '本文', selector: '' },
      { type: 'fill/remember-field', field: '本文', selector: '#a', extra: true },
      // Retired routes by which a content script once pulled drafts, and the panel's own messages:
      // the content-script world gets neither a draft list nor a plan.
      { type: 'fill/plan', formId: pentioRequest.id },
      { type: 'fill/drafts' },
      { type: 'panel/drafts' },
      { type: 'panel/fill', formId: pentioRequest.id },
      { type: 'panel/fill', formId: pentioRequest.id, plan: FORGED_PLAN },
      // Messages only the extension's own pages may send.
      { type: 'fill/start', tabId: 1, formId: pentioRequest.id },
      { type: 'fill/start', tabId: 1, formId: pentioRequest.id, plan: FORGED_PLAN },
      { type: 'capture/visible-tab', tabId: 1, incidentId: 'incident-1' },
      { type: 'captures/changed' },
    ]);
    expect(replies.filter((reply) => !reply.startsWith('no answer'))).toEqual([]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('control: a well-formed message from the same place is answered and lands, so the check above would see a change', async () => {
    const [reply] = await sendFromContentWorld([
      { type: 'fill/remember-field', field: '本文', selector: '#description' },
    ]);
    expect(JSON.parse(reply!)).toEqual({ ok: true });
    expect((await databaseSnapshot()).pageFields).toEqual([
      expect.objectContaining({
        page: 'https://support.onelogin.jp/hc/ja/requests/new',
        field: '本文',
        selector: '#description',
      }),
    ]);
  });
});
