import { browser, type Browser } from 'wxt/browser';
import { CaptureError, capturesInProgress, PageChangedError, takeCapture } from '@/capture/take';
import { removeExpiredCaptures } from '@/capture/retention';
import { captureVisibleTabMessage, capturesChangedMessage, type CaptureSummary } from '@/schemas/capture';
import { say, text } from '@/schemas/i18n';
import { countUnattached, summarize } from '@/storage/captures';
import type { CaptureRow } from '@/storage/schema';
import { handle } from './router';

/**
 * Capture for support: the context-menu item, the keyboard shortcut, the popup's screenshot
 * button (message capture/visible-tab), the toolbar badge (captures not yet attached to a
 * draft) and automatic removal of captures past the retention period.
 */
const MENU_ID = 'capture-for-support';
const COMMAND = 'capture';
const RETENTION_ALARM = 'capture-retention';
const TOAST_ID = 'support-ticket-helper-capture-toast';
const TOAST_MS = 2500;
const BADGE_COLOR = '#0b57d0';

type Tab = Browser.tabs.Tab;
interface CaptureDetails {
  pageUrl?: string;
  frameUrl?: string;
  selectionText?: string;
  incidentId?: string;
}

const toolbar = () => browser.action;

export async function refreshBadge(): Promise<number> {
  const count = await countUnattached();
  await toolbar().setBadgeBackgroundColor({ color: BADGE_COLOR });
  await toolbar().setBadgeText({ text: count > 0 ? String(count) : '' });
  return count;
}

/** Tabs where our confirmation may still be on screen, so the next capture hides it first. */
const toastShownAt = new Map<number, number>();

/** Runs in the page (isolated world): a short, text-only confirmation in a shadow root. */
function toastInPage(id: string, message: string, isError: boolean, ms: number): void {
  document.getElementById(id)?.remove();
  const host = document.createElement('div');
  host.id = id;
  const box = document.createElement('div');
  box.setAttribute('role', isError ? 'alert' : 'status');
  box.textContent = message;
  box.style.cssText = `position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:420px;padding:10px 14px;border-radius:8px;font:14px/1.5 system-ui,sans-serif;color:#fff;background:${isError ? '#b3261e' : '#1b2a41'};box-shadow:0 2px 10px rgba(0,0,0,.35)`;
  host.attachShadow({ mode: 'open' }).append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}

/** Runs in the page: removes the confirmation and waits for the screen to repaint without it. */
function removeToastInPage(id: string): Promise<void> {
  document.getElementById(id)?.remove();
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 150);
  });
}

async function showToast(tabId: number, message: string, isError: boolean): Promise<boolean> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId },
      func: toastInPage,
      args: [TOAST_ID, message, isError, TOAST_MS],
    });
    // Firefox does not reject on a page it will not script: it answers no result, or one with `error`.
    if (results.length === 0 || results.some((r) => (r as { error?: unknown }).error !== undefined)) return false;
    toastShownAt.set(tabId, Date.now());
    return true;
  } catch {
    return false; // a page we may not script (browser pages, the store)
  }
}

async function hideToast(tabId: number): Promise<void> {
  const shownAt = toastShownAt.get(tabId);
  if (shownAt === undefined || Date.now() - shownAt > TOAST_MS) return;
  toastShownAt.delete(tabId);
  await browser.scripting
    .executeScript({ target: { tabId }, func: removeToastInPage, args: [TOAST_ID] })
    .catch(() => undefined);
}

async function captureTab(tab: Tab, details: CaptureDetails): Promise<CaptureRow> {
  if (tab.id === undefined || tab.windowId === undefined)
    throw new CaptureError(say(text('キャプチャするタブが見つかりません。', 'No tab to capture.')));
  const tabId = tab.id;
  const row = await takeCapture({
    tabId,
    windowId: tab.windowId,
    pageUrl: details.pageUrl ?? tab.url ?? '',
    frameUrl: details.frameUrl,
    title: tab.title ?? '',
    selectionText: details.selectionText,
    incidentId: details.incidentId,
    beforeGrab: () => hideToast(tabId),
  });
  await refreshBadge();
  return row;
}

/** Right-click and shortcut captures: confirm in the page, or say why nothing was captured. */
async function captureWithConfirmation(tab: Tab, details: CaptureDetails): Promise<void> {
  if (tab.id === undefined) return;
  try {
    await captureTab(tab, details);
    await clearProblem(tab.id);
    // During a burst of clicks, confirm once at the end so the notice is not in the next image.
    if (capturesInProgress() === 0) {
      const count = await countUnattached();
      await showToast(
        tab.id,
        say(
          text(
            `キャプチャしました(未添付 ${count} 件)。ツールバーのボタンを押すと、この問い合わせの下書きに添付されます。`,
            `Captured (${count} not yet attached). Press the toolbar button: it goes with this incident's drafts.`,
          ),
        ),
        false,
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The user has moved on to another page: say it there, where it is seen.
    const inFront = error instanceof PageChangedError ? await frontTabOf(tab.windowId) : undefined;
    if (inFront !== undefined && (await showToast(inFront, message, true))) return;
    // Pages that refuse capture usually refuse our notice too: say it on the toolbar button.
    if (!(await showToast(tab.id, message, true))) {
      problemTabs.add(tab.id);
      await toolbar().setTitle({ tabId: tab.id, title: message });
      await toolbar().setBadgeText({ tabId: tab.id, text: '!' });
    }
  }
}

async function frontTabOf(windowId: number | undefined): Promise<number | undefined> {
  if (windowId === undefined) return undefined;
  const [tab] = await browser.tabs.query({ active: true, windowId }).catch(() => []);
  return tab?.id;
}

/** Tabs whose toolbar button shows a capture problem instead of the count. */
const problemTabs = new Set<number>();

async function clearProblem(tabId: number): Promise<void> {
  if (!problemTabs.delete(tabId)) return;
  await toolbar().setTitle({ tabId, title: browser.i18n.getMessage('extName') });
  // null (not '') hands the tab back to the global count.
  await toolbar().setBadgeText({ tabId, text: null as unknown as string });
}

async function selectionIn(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => getSelection()?.toString() ?? '',
    });
    return (result?.result as string | undefined) || undefined;
  } catch {
    return undefined;
  }
}

async function captureForPopup({ tabId, incidentId }: { tabId: number; incidentId?: string }): Promise<CaptureSummary> {
  let tab = await browser.tabs.get(tabId);
  if (!tab.active) {
    tab = (await browser.tabs.update(tabId, { active: true })) ?? tab;
    // Give the newly shown tab a moment to paint before its screen is grabbed.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return summarize(
    await captureTab(tab, { incidentId, selectionText: tab.id === undefined ? undefined : await selectionIn(tab.id) }),
  );
}

async function applyRetention(): Promise<void> {
  await removeExpiredCaptures();
  await refreshBadge();
}

export function startCapture(): void {
  // Chrome keeps menus across restarts, Firefox does not: recreate them on every start.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('contextMenuCapture'),
      contexts: ['page', 'selection', 'link', 'image', 'frame'],
    }),
  );
  const onMenuClicked = (info: Browser.contextMenus.OnClickData, tab?: Tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    void captureWithConfirmation(tab, {
      pageUrl: info.pageUrl,
      frameUrl: info.frameUrl,
      selectionText: info.selectionText,
    });
  };
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  // Test build only: Firefox gives automation no way to click a native menu or dispatch its event,
  // so E2E tests call this listener through runtime.getBackgroundPage().
  if (typeof __E2E_BUILD__ !== 'undefined' && __E2E_BUILD__)
    Object.assign(globalThis, { __contextMenuClicked: onMenuClicked });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (target?.id !== undefined) void captureWithConfirmation(target, { selectionText: await selectionIn(target.id) });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void applyRetention();
  });
  void browser.alarms.get(RETENTION_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60 });
  });
  handle(captureVisibleTabMessage, 'extension', captureForPopup);
  handle(capturesChangedMessage, 'extension', refreshBadge);
  void applyRetention();
}
