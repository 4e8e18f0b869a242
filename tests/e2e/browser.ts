import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Target, type WebWorker } from 'puppeteer-core';
import { wrapPage, type DownloadWatcher, type Page } from './page';

export type BrowserName = 'chromium' | 'firefox';

/** The browser this test file runs in: one vitest project per browser (vitest.e2e.config.ts). */
export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Vendor host names the fixture server answers for, as in production. */
export const VENDOR_HOSTS = ['support.onelogin.jp', 'help.iij.ad.jp', 'example.zendesk.com'];

/** The Firefox build's gecko id (wxt.config.ts) and the moz-extension origin the tests pin for it. */
const GECKO_ID = 'support-ticket-helper@example.jp';
const FIREFOX_EXTENSION_UUID = '5e0c1d2a-7b3f-4c8e-9a61-2f4d8b6c9e10';

/** What the tests need of the browser as a whole: new tabs and permission grants (Playwright's BrowserContext names). */
export interface SessionContext {
  newPage(): Promise<Page>;
  /** Lets extension pages read the clipboard (Firefox: granted by a test pref at launch). */
  grantPermissions(permissions: ('clipboard-read' | 'clipboard-write')[]): Promise<void>;
}

/** Evaluates code where the background runs (Chromium: the service worker; Firefox: an extension page, same APIs). */
export interface ExtensionRealm {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface ExtensionSession {
  browserName: BrowserName;
  context: SessionContext;
  extensionId: string;
  /** 'chrome-extension://<id>' or 'moz-extension://<uuid>'. */
  extensionOrigin: string;
  /** Kept under its old name: tests evaluate `chrome.*` calls here. */
  worker: ExtensionRealm;
  /** Opens an extension page such as 'options.html' or 'popup.html?tab=3'. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Fires the extension's real context-menu listener for `tab` as a right-click would
   * (headless browsers cannot click native menus).
   */
  fireContextMenu(info: Record<string, unknown>, tabUrl: string, times?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium (CDP) or firefox-esr (WebDriver BiDi) with the extension, following
 * ARCHITECTURE.md. `httpsPort` maps the vendors' real host names to the local fixture server, so the
 * shipped content-script matches run exactly as they do in production.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: {
    httpsPort?: number;
    headless?: boolean;
    locale?: string;
    viewport?: { width: number; height: number };
    /** Device pixels per CSS pixel, as on a HiDPI screen (both browsers render and capture at this scale). */
    deviceScaleFactor?: number;
    /** More host names mapped to the fixture server (e.g. a fixture IdP and SP). */
    extraHosts?: string[];
    browserName?: BrowserName;
  } = {},
): Promise<ExtensionSession> {
  const browserName = options.browserName ?? BROWSER;
  const locale = options.locale ?? 'ja';
  const downloadDir = mkdtempSync(join(tmpdir(), 'sth-downloads-'));
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const downloads: DownloadWatcher = { dir: downloadDir };
  return browserName === 'firefox'
    ? launchFirefox(extensionDir, { ...options, locale, viewport, downloads })
    : launchChromium(extensionDir, { ...options, locale, viewport, downloads });
}

interface LaunchOptions {
  httpsPort?: number;
  extraHosts?: string[];
  headless?: boolean;
  locale: string;
  viewport: { width: number; height: number };
  deviceScaleFactor?: number;
  downloads: DownloadWatcher;
}

function sessionContext(browser: Browser, downloads: DownloadWatcher, grant: SessionContext['grantPermissions']) {
  return {
    async newPage() {
      return wrapPage(await browser.newPage(), downloads);
    },
    grantPermissions: grant,
  } satisfies SessionContext;
}

/** Chromium's flags for a session with the extension, on the vendors' host names when `httpsPort` is set (ARCHITECTURE.md). */
export function chromiumArgs(
  extensionDir: string,
  options: { locale: string; httpsPort?: number; extraHosts?: string[] },
): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${options.locale}`,
    `--accept-lang=${options.locale}`,
  ];
  if (options.httpsPort) {
    const hosts = [...VENDOR_HOSTS, ...(options.extraHosts ?? [])];
    args.push(`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${options.httpsPort}`).join(', ')}`);
    args.push('--ignore-certificate-errors');
  }
  return args;
}

/**
 * --lang sets the pages' language only; Chromium's own UI language (what the service worker's
 * i18n reports) follows the environment, as on a Japanese desktop (needs Debian's chromium-l10n).
 */
export function chromiumUiEnvironment(locale: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LANG: locale.startsWith('en') ? 'en_US.UTF-8' : 'ja_JP.UTF-8',
    LANGUAGE: locale.split('-')[0],
  };
}

async function launchChromium(extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sth-profile-'));
  const args = chromiumArgs(extensionDir, options);
  const scale = options.deviceScaleFactor;
  // A HiDPI screen: the browser's own scale (tab captures follow it; page emulation alone does not).
  if (scale) args.push(`--force-device-scale-factor=${scale}`);
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    userDataDir: profileDir,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptInsecureCerts: true,
    defaultViewport: { ...options.viewport, deviceScaleFactor: scale ?? 1 },
    downloadBehavior: { policy: 'allow', downloadPath: options.downloads.dir },
    env: chromiumUiEnvironment(options.locale),
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const extensionId = new URL(target.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(origin);
  const serviceWorker = async (): Promise<WebWorker> => {
    // An idle service worker stops after 30 s; a message from an extension page starts it again.
    let live = browser.targets().find(isWorker);
    if (!live) {
      const waker = await browser.newPage();
      await waker.goto(`${origin}/options.html`);
      await waker.evaluate(() => chrome.runtime.sendMessage({ type: 'e2e/wake' }).catch(() => undefined));
      live = await browser.waitForTarget(isWorker);
      await waker.close();
    }
    const worker = await live.worker();
    if (!worker) throw new Error('no service worker');
    // A worker caught as it starts runs before its extension APIs are bound: wait for them.
    for (let i = 0; !(await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id)); i++) {
      if (i === 100) throw new Error('the service worker never got its extension APIs');
      await new Promise((r) => setTimeout(r, 50));
    }
    return worker;
  };
  const realm: ExtensionRealm = {
    evaluate: (async (fn: (arg: unknown) => unknown, arg?: unknown) =>
      (await serviceWorker()).evaluate(fn, arg)) as ExtensionRealm['evaluate'],
  };
  const context = sessionContext(browser, options.downloads, async (permissions) => {
    await browser.defaultBrowserContext().overridePermissions(origin, permissions);
  });
  return {
    browserName: 'chromium',
    context,
    extensionId,
    extensionOrigin: origin,
    worker: realm,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async fireContextMenu(info, tabUrl, times = 1) {
      await realm.evaluate(
        async ({ info, tabUrl, times }) => {
          // Browser pages hide their URL from extensions: then the active tab is the one clicked.
          const tab =
            (await chrome.tabs.query({})).find((t) => t.url === tabUrl) ??
            (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
          for (let i = 0; i < times; i++)
            (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
              { editable: false, pageUrl: tabUrl, ...info },
              tab,
            );
        },
        { info, tabUrl, times },
      );
    },
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(options.downloads.dir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const prefs: Record<string, unknown> = {
    // Pins the moz-extension origin, which Firefox otherwise picks at random per profile.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    'intl.locale.requested': options.locale,
    'intl.accept_languages': options.locale,
    // Tests read the clipboard the extension wrote without the paste prompt.
    'dom.events.testing.asyncClipboard': true,
    'browser.download.dir': options.downloads.dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
  };
  if (options.deviceScaleFactor) prefs['layout.css.devPixelsPerPx'] = String(options.deviceScaleFactor);
  if (options.httpsPort) {
    // Firefox's stand-in for Chromium's --host-resolver-rules.
    prefs['network.dns.localDomains'] = [...VENDOR_HOSTS, ...(options.extraHosts ?? [])].join(',');
    prefs['network.socket.forcePort'] = `443=${options.httpsPort}`;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    defaultViewport: options.viewport,
  });
  const extensionId = await browser.installExtension(extensionDir);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const context = sessionContext(browser, options.downloads, async () => {});
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    return page;
  };
  // Firefox's background is an event page that BiDi cannot reach; a blank extension page has the
  // same `chrome.*` APIs and reaches the background page itself through runtime.getBackgroundPage().
  // Opened first, so later tabs (which tests activate and query) are not disturbed by it.
  const realmPage = await openExtensionPage('options.html');
  const realm: ExtensionRealm = {
    evaluate: (async (fn: (arg: unknown) => unknown, arg?: unknown) =>
      realmPage.evaluate(fn, arg)) as ExtensionRealm['evaluate'],
  };
  return {
    browserName: 'firefox',
    context,
    extensionId,
    extensionOrigin: origin,
    worker: realm,
    openExtensionPage,
    async fireContextMenu(info, tabUrl, times = 1) {
      await realm.evaluate(
        async ({ info, tabUrl, times }) => {
          const tab =
            (await chrome.tabs.query({})).find((t) => t.url === tabUrl) ??
            (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
          const background = (await chrome.runtime.getBackgroundPage()) as unknown as {
            __contextMenuClicked?: (info: unknown, tab: unknown) => void;
          };
          if (!background.__contextMenuClicked) throw new Error('the test build exposes no context-menu hook');
          for (let i = 0; i < times; i++)
            background.__contextMenuClicked({ editable: false, pageUrl: tabUrl, ...info }, tab);
        },
        { info, tabUrl, times },
      );
    },
    async close() {
      await browser.close();
      rmSync(options.downloads.dir, { recursive: true, force: true });
    },
  };
}
