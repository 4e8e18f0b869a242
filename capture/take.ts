import { cleanPageText } from '@/schemas/text-hygiene';
import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import { detectClock, detectPlatform } from '@/utils/detect-environment';
import { saveCapture } from '@/storage/captures';
import { incidentOfCapture, readIncidentSnapshot, type IncidentSnapshot } from '@/storage/incidents';
import type { CaptureRow } from '@/storage/schema';
import { getSetting } from '@/storage/settings';
import { encodeScreen } from './encode-screen';
import { createSpacedQueue } from './queue';

/**
 * The capture pipeline: grab the visible tab (spaced for Chrome's 2-per-second limit), stamp,
 * encode under the size budget, store as one write. Nothing is stored unless every step worked.
 */
export interface CaptureRequest {
  /** The tab the user asked to capture, showing `pageUrl` in window `windowId`. */
  tabId: number;
  windowId: number;
  pageUrl: string;
  frameUrl?: string;
  title: string;
  selectionText?: string;
  /** The popup's incident; a right-click capture finds its own (storage/incidents.ts). */
  incidentId?: string;
  /** Runs right before the screen is grabbed (hides our own confirmation from the image). */
  beforeGrab?: () => Promise<void>;
}

/** A capture that did not happen; the message is for the user. */
export class CaptureError extends Error {}

/** The screen was grabbed while another page was in front: its image would not match its URL. */
export class PageChangedError extends CaptureError {
  constructor() {
    super(
      say(
        text(
          'キャプチャする前に表示中のページが切り替わったため、保存しませんでした(画像と URL が食い違うため)。撮りたいページを表示したまま、もう一度お試しください。',
          'The page in front changed before the screen was captured, so nothing was saved (the image would not match its URL). Keep the page in front and try again.',
        ),
      ),
    );
  }
}

const withoutFragment = (url: string | undefined) => (url ?? '').replace(/#.*$/s, '');

/**
 * captureVisibleTab grabs whatever is in front when it runs, which for a queued capture is a
 * moment after the click: the clicked tab must still be in front, on the same page.
 */
async function stillShowing(request: CaptureRequest): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(request.tabId);
    return (
      tab.active && tab.windowId === request.windowId && withoutFragment(tab.url) === withoutFragment(request.pageUrl)
    );
  } catch {
    return false; // the tab closed
  }
}

// 2 calls per second allowed: 600 ms apart leaves a margin for timer jitter.
export const CAPTURE_SPACING_MS = 600;
const GRAB_RETRIES = 2;
const queue = createSpacedQueue(CAPTURE_SPACING_MS);

/** Captures waiting for their turn or being taken. */
export function capturesInProgress(): number {
  return queue.pending;
}

// Pages the browser never lets an extension capture; refusing early gives a clear message.
const REFUSING_URL =
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted|moz-extension|resource|jar):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(\/|$)/i;

export function isUncapturableUrl(url: string): boolean {
  return REFUSING_URL.test(url);
}

function uncapturable(): CaptureError {
  return new CaptureError(
    say(
      text(
        'このページはブラウザーの制限によりキャプチャできません(ブラウザーの内部ページ、拡張機能ストア、PDF 表示など)。OS のスクリーンショット機能をお使いください。',
        'The browser does not let extensions capture this page (browser pages, the extension store, the PDF viewer, ...). Please use your system’s screenshot tool.',
      ),
    ),
  );
}

async function grab(windowId: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(reason) && attempt < GRAB_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      // Chromium, now and then, for a tab that has just come to the front: its next frame reads back.
      if (/image readback failed/i.test(reason) && attempt < GRAB_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      if (/cannot access|cannot be scripted|not allowed|pdf/i.test(reason)) throw uncapturable();
      if (/permission/i.test(reason)) {
        throw new CaptureError(
          say(
            text(
              'このタブをキャプチャする許可がありません。キャプチャするページを前面に出し、右クリックメニューかツールバーのボタンから操作してください。',
              'No permission to capture this tab. Bring the page to the front and use the right-click menu or the toolbar button.',
            ),
          ),
        );
      }
      throw new CaptureError(
        say(text(`キャプチャできませんでした(${reason})。`, `The page could not be captured (${reason}).`)),
      );
    }
  }
}

/** The previous capture until it is stored or failed: the next one reads its incident after that. */
let previousCapture: Promise<unknown> = Promise.resolve();

export function takeCapture(request: CaptureRequest): Promise<CaptureRow> {
  const taken = takeCaptureAfter(request, previousCapture);
  previousCapture = taken.catch(() => undefined);
  return taken;
}

// The page's title and selection are the page's text, not the user's: repaired on the way in.
async function takeCaptureAfter(request: CaptureRequest, previousStored: Promise<unknown>): Promise<CaptureRow> {
  if (isUncapturableUrl(request.pageUrl)) throw uncapturable();
  // Read while the screen is grabbed, not after: the click waits for the grab either way. The
  // incident is read once the previous capture is stored, so a burst of captures shares one.
  const notBefore = new Date();
  const incident: Promise<IncidentSnapshot | undefined> = request.incidentId
    ? Promise.resolve(undefined)
    : previousStored.then(() => readIncidentSnapshot(notBefore));
  const settings = Promise.all([
    getSetting('capture.stamp'),
    getSetting('capture.quality'),
    detectPlatform().catch(() => ({})),
    incident,
  ]);
  settings.catch(() => undefined); // awaited below; a failed grab must not leave it unhandled
  const { dataUrl, at, shown } = await queue.run(async () => {
    await request.beforeGrab?.();
    const dataUrl = await grab(request.windowId);
    // Asked right after the grab, answered while the image is stamped.
    return { dataUrl, at: new Date(), shown: stillShowing(request) };
  });
  const [stamp, quality, platform, snapshot] = await settings;
  const encoded = await encodeScreen(
    dataUrl,
    stamp ? { pageUrl: request.pageUrl, frameUrl: request.frameUrl, at } : undefined,
    quality,
  );
  if (!(await shown)) throw new PageChangedError();
  const row: CaptureRow = {
    id: crypto.randomUUID(),
    createdAt: at.toISOString(),
    pageUrl: request.pageUrl,
    ...(request.frameUrl && request.frameUrl !== request.pageUrl ? { frameUrl: request.frameUrl } : {}),
    title: cleanPageText(request.title),
    ...(request.selectionText ? { selectionText: cleanPageText(request.selectionText) } : {}),
    environment: { pageUrl: request.pageUrl, pageTitle: cleanPageText(request.title), ...detectClock(at), ...platform },
    image: encoded.blob,
    mimeType: encoded.blob.type,
    width: encoded.width,
    height: encoded.height,
    bytes: encoded.blob.size,
    stamped: stamp,
    redacted: false,
  };
  if (snapshot) {
    const choice = incidentOfCapture(snapshot, row);
    await saveCapture(row, choice);
    row.incidentId = choice.incident.id;
  } else {
    row.incidentId = request.incidentId;
    await saveCapture(row);
  }
  return row;
}
