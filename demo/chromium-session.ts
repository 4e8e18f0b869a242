import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumUiEnvironment } from '../tests/e2e/browser';

// The demo and the benchmark drive Chromium alone, through playwright-core; the E2E tests drive
// Chromium and Firefox through puppeteer-core (tests/e2e/browser.ts).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page such as 'options.html' or 'popup.html?tab=3'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the extension loaded, following ARCHITECTURE.md's recipe.
 * `httpsPort` maps the vendors' real host names to the local fixture server, so the shipped
 * content-script matches run exactly as they do in production.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: {
    httpsPort?: number;
    headless?: boolean;
    locale?: string;
    viewport?: { width: number; height: number };
    /** More host names mapped to the fixture server (e.g. a fixture IdP and SP). */
    extraHosts?: string[];
  } = {},
): Promise<ExtensionSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sth-profile-'));
  const locale = options.locale ?? 'ja';
  const args = chromiumArgs(extensionDir, { ...options, locale });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    locale: locale === 'ja' ? 'ja-JP' : locale,
    env: chromiumUiEnvironment(locale),
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new tab, then the popup for that tab: as a user clicking the toolbar button there. */
export async function openPopupFor(
  session: ExtensionSession,
  url: string,
): Promise<{ popup: Page; target: Page; tabId: number }> {
  const target = await session.context.newPage();
  await target.goto(url);
  const tabId = await session.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id,
    target.url(),
  );
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.locator('section.form').waitFor();
  return { popup, target, tabId };
}
