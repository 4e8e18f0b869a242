import type { BrowserContext } from 'playwright-core';

/**
 * What "ready" means for a page, by path. `view`: selectors that must all match for the first
 * useful view. `busy`: a selector whose presence means the page is still working (interactive
 * waits for it to go away).
 */
export type Readiness = Record<string, { view: string[]; busy?: string }>;

export interface PageTiming {
  /** ms from navigation start until the DOM first holds the useful view. */
  firstView: number;
  /** ms from navigation start until, after that view and any busy state, the main thread runs a posted task (input would be handled). */
  interactive: number;
  /** First contentful paint, for reference. */
  fcp?: number;
}

/** Runs in each page at document start: a MutationObserver notes when readiness is reached. */
function watchReadiness(readiness: Readiness): void {
  const config = readiness[location.pathname];
  if (!config) return;
  const timing: Partial<PageTiming> = {};
  (window as unknown as { __benchTiming: Partial<PageTiming> }).__benchTiming = timing;
  let settling = false;
  const check = () => {
    if (timing.firstView === undefined && config.view.every((selector) => document.querySelector(selector)))
      timing.firstView = performance.now();
    if (timing.firstView === undefined || settling || (config.busy && document.querySelector(config.busy))) return;
    settling = true;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      timing.interactive = performance.now();
      timing.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    };
    channel.port2.postMessage(null);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * tsx compiles this script with esbuild's keepNames, which wraps functions in `__name(...)`: a
 * helper that exists only in Node. Functions sent to a browser page or worker need it too.
 */
export const NAME_HELPER = 'globalThis.__name ??= (target) => target;';

export async function watchPages(context: BrowserContext, readiness: Readiness): Promise<void> {
  await context.addInitScript({ content: NAME_HELPER });
  await context.addInitScript(watchReadiness, readiness);
}

/** Opens `url` in a new tab, waits until it is interactive, closes it and answers its timing. */
export async function timePage(context: BrowserContext, url: string): Promise<PageTiming> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __benchTiming?: PageTiming }).__benchTiming?.interactive !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => (window as unknown as { __benchTiming: PageTiming }).__benchTiming);
  } finally {
    await page.close();
  }
}
