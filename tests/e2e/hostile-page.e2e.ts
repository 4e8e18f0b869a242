import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from './page';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchWithExtension, type ExtensionSession } from './browser';
import { buildExtension, ROOT } from './build';
import { seedDraft } from './fill-session';
import { panelFrame, readStore, tabIdOf } from './helpers';
import { iijLoginInquiry } from '../../schemas/forms/iij-login-inquiry';
import { pentioRequest } from '../../schemas/forms/pentio-request';

/**
 * The vendor page as an attacker: a script on the page (analytics, a chat widget, an XSS, a
 * granted help center's theme) tries every road to the user's drafts — the panel (its shadow
 * root, its frame, synthetic clicks, focus and key events), postMessage and CustomEvents, framing
 * the panel page itself — and code in the content script's world asks the background for drafts
 * and for another vendor's plan. Nothing is filled, no draft text or file reaches the page or the
 * server, and nothing is remembered. Then the user's own click in the panel fills the form,
 * which shows the checks above would have seen a fill.
 */
const SECRET = 'SECRET-DRAFT-TEXT-4f9c';
const GRANTED = 'https://example.zendesk.com';
const PAGES = [
  {
    name: 'Pentio (support.onelogin.jp)',
    url: 'https://support.onelogin.jp/hc/ja/requests/new',
    own: pentioRequest,
    fills: true,
  },
  { name: 'IIJ (help.iij.ad.jp)', url: 'https://help.iij.ad.jp/inquiry/input', own: iijLoginInquiry, fills: true },
  // The granted fixture's own form differs from Pentio's: the fill is judged and reported, not complete.
  { name: 'a granted help center', url: `${GRANTED}/hc/en-us/requests/new`, own: pentioRequest, fills: false },
];
const FORM_FIELDS = 'input:not([type=hidden]):not([type=file]), textarea, [contenteditable=true]';
const outDir = resolve(ROOT, `.output/e2e-hostile-page-${process.pid}`);

let server: FixtureServer;
let session: ExtensionSession;
let extensionPage: Page;

beforeAll(async () => {
  const dir = buildExtension({ e2e: false, outDir, grantedOrigins: [`${GRANTED}/*`] });
  server = await startFixtureServer();
  session = await launchWithExtension(dir, { httpsPort: server.port });
  extensionPage = await session.openExtensionPage('options.html');
  await seedDraft(extensionPage, {
    formId: pentioRequest.id,
    values: { ...pentioRequest.example, title: `${SECRET} pentio`, attachments: ['cap-1'] },
    captureIds: ['cap-1'],
  });
  await seedDraft(extensionPage, {
    formId: iijLoginInquiry.id,
    values: {
      ...iijLoginInquiry.example,
      description: `${SECRET} iij`,
      screenshots: { pageUrl: '', attachments: [] },
    },
    captureIds: [],
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** The page's own script: everything it can try, and everything it saw. */
function attack(page: Page, extensionOrigin: string): Promise<string[]> {
  return page.evaluate(async (extensionOrigin) => {
    const seen: string[] = [];
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const host = document.querySelector<HTMLElement>('[data-support-ticket-helper=panel]')!;
    seen.push(host.shadowRoot ? `open root: ${host.shadowRoot.textContent}` : 'root closed');
    try {
      host.attachShadow({ mode: 'open' });
      seen.push('attached a root of its own');
    } catch {
      seen.push('attachShadow refused');
    }
    const forged = [
      { type: 'panel/drafts' },
      { type: 'panel/fill', formId: 'pentio-request' },
      { type: 'panel/fill', formId: 'iij-login-inquiry' },
      { type: 'fill/plan', formId: 'pentio-request' },
      { type: 'fill/drafts' },
      { type: 'fill/start', tabId: 1, formId: 'pentio-request' },
      { supportTicketHelperPanelHeight: 9999 },
    ];
    // Synthetic clicks, focus and keys on the panel's host and whatever is at its place on screen.
    const box = host.getBoundingClientRect();
    const under = document.elementFromPoint(box.left + 20, box.top + 15);
    seen.push(`at the panel: ${under === host ? 'the host' : (under?.tagName ?? 'nothing')}`);
    for (const target of [host, under].filter((t): t is HTMLElement => !!t)) {
      target.focus();
      target.click();
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: box.left + 20 }));
      for (const key of ['Tab', 'Enter', ' ', 'ArrowDown', 'Enter'])
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    // Every frame the page can reach (the panel's among them): read it, message it.
    for (let i = 0; i < window.frames.length; i++) {
      const frame = window.frames[i]!;
      try {
        seen.push(`frame ${i} read: ${frame.document.body.innerText}`);
      } catch {
        seen.push(`frame ${i} unreadable`);
      }
      for (const data of forged) frame.postMessage(data, '*');
    }
    for (const data of forged) {
      window.postMessage(data, '*');
      document.dispatchEvent(new CustomEvent(String(data.type), { detail: data, bubbles: true }));
      host.dispatchEvent(new CustomEvent(String(data.type), { detail: data, bubbles: true, composed: true }));
    }
    // The page frames the panel page itself, then tries to read and drive it.
    const own = document.createElement('iframe');
    own.src = `${extensionOrigin}/fill-panel.html`;
    document.body.append(own);
    await new Promise((r) => {
      own.onload = r;
      own.onerror = r;
      setTimeout(r, 3000);
    });
    try {
      // A cross-origin frame's document is null; a readable one would show its text.
      const read = own.contentDocument?.body?.innerText;
      seen.push(read === undefined ? 'own frame unreadable' : `own frame read: ${read}`);
    } catch {
      seen.push('own frame unreadable');
    }
    for (const data of forged) own.contentWindow?.postMessage(data, '*');
    await settle();
    seen.push(`page text: ${document.documentElement.outerHTML}`);
    return seen;
  }, extensionOrigin);
}

/** Sends each message from the content script's isolated world in the tab; answers what came back. */
async function askFromContentWorld(url: string, messages: unknown[]): Promise<string[]> {
  const tabId = await tabIdOf(session, url);
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

const fieldValues = (page: Page) =>
  page
    .locator(FORM_FIELDS)
    .evaluateAll((all) =>
      all.map((e) => (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : e.textContent)),
    );

describe.each(PAGES)('a hostile script on $name', ({ url, own, fills }) => {
  it('gets nothing: no fill, no draft text, no upload, nothing remembered; the user’s own click still fills', async () => {
    server.submissions.length = 0;
    server.uploads.length = 0;
    const page = await session.context.newPage();
    await page.goto(url);
    await page.locator('[data-support-ticket-helper=panel]').waitFor({ state: 'attached' });
    await panelFrame(page);
    const before = await fieldValues(page);

    const seen = await attack(page, session.extensionOrigin);
    expect(seen).toContain('root closed');
    expect(seen).toContain('attachShadow refused');
    expect(seen).toContain('own frame unreadable');
    expect(seen.filter((s) => s.startsWith('frame ')).every((s) => s.endsWith('unreadable'))).toBe(true);
    expect(seen.join('\n')).not.toContain(SECRET);

    // Well-formed fills carrying the page's own text: only the sender's kind stops them.
    const forgedPlan =
      own.id === pentioRequest.id
        ? { adapter: 'zendesk', subject: 'forged', description: 'forged', cc: [], dropdowns: [], files: [] }
        : { adapter: 'iij', subject: 'forged', body: 'forged', files: [], rememberedFields: {} };
    const replies = await askFromContentWorld(url, [
      { type: 'panel/drafts' },
      { type: 'panel/fill', formId: own.id },
      { type: 'panel/fill', formId: own.id, plan: forgedPlan },
      { type: 'fill/start', tabId: await tabIdOf(session, url), formId: own.id, plan: forgedPlan },
      { type: 'fill/plan', formId: pentioRequest.id },
      { type: 'fill/plan', formId: iijLoginInquiry.id },
      { type: 'fill/drafts' },
    ]);
    expect(replies.filter((reply) => !reply.startsWith('no answer'))).toEqual([]);

    expect(await fieldValues(page)).toEqual(before);
    expect(await page.content()).not.toContain(SECRET);
    expect(server.submissions).toEqual([]);
    expect(server.uploads).toEqual([]);
    expect(await readStore(extensionPage, 'pageFields')).toEqual([]);
    expect(await readStore(extensionPage, 'history')).toEqual([]);

    // Control: the user's own click in the panel lists only this page's vendor's draft, and fills it.
    const panel = await panelFrame(page);
    await panel.getByRole('button', { name: '下書きから入力' }).click();
    await panel.getByText('入力する下書きを選んでください').waitFor();
    const offered = await panel.locator('li button').allTextContents();
    expect(offered).toHaveLength(1);
    expect(offered[0]).toContain(own.title.ja);
    await panel.locator('li button').click();
    await panel.getByText(/読み返して確認しました|入力できなかった項目があります/).waitFor();
    if (fills) expect((await fieldValues(page)).join('\n')).toContain(SECRET);
    await page.close();
  });
});
