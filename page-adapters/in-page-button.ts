import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import type { FillReport } from '@/schemas/fill';
import { button, element, PANEL_HEIGHT_KEY, PANEL_STYLE, reportNodes } from './panel-view';

/**
 * Where the in-page panel sits on a vendor page. The panel itself (the draft list, the fill, its
 * report) is an extension page (entrypoints/fill-panel) in an iframe: the page's scripts cannot
 * read it, click in it or message it, which is how password managers build their inline menus.
 * The frame lives in a closed shadow root; beside it the content script shows only what it learns
 * after a fill (pick-the-field mode's result), which holds no draft text.
 */

const texts = {
  frameTitle: text('サポート問い合わせ: 下書きから入力', 'Support ticket helper: fill from a draft'),
  close: text('閉じる', 'Close'),
};

export interface InPagePanel {
  host: HTMLElement;
  /** A report the content script made itself (after the user picked a field). */
  showReport(report: FillReport): void;
}

/** Places the panel right before `anchor` (the vendor's form). */
export function mountInPagePanel(anchor: Element): InPagePanel {
  const host = element('div');
  host.dataset.supportTicketHelper = 'panel';
  const root = host.attachShadow({ mode: 'closed' });
  const frame = element('iframe');
  frame.src = browser.runtime.getURL('/fill-panel.html');
  frame.title = say(texts.frameTitle);
  frame.allow = 'clipboard-write';
  frame.style.cssText =
    'border:0;width:100%;max-width:680px;height:44px;display:block;margin-bottom:8px;color-scheme:normal';
  const status = element('div', undefined, 'panel');
  status.hidden = true;
  root.append(element('style', PANEL_STYLE), frame, status);
  anchor.before(host);

  // Only the panel's own window can resize it; a page posting the same shape is ignored.
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'object' || !event.data) return;
    const height = (event.data as Record<string, unknown>)[PANEL_HEIGHT_KEY];
    if (typeof height === 'number' && Number.isFinite(height))
      frame.style.height = `${Math.min(Math.max(Math.ceil(height), 32), 800)}px`;
  });

  return {
    host,
    showReport(report) {
      status.replaceChildren(
        ...reportNodes(report),
        button(say(texts.close), () => (status.hidden = true)),
      );
      status.hidden = false;
    },
  };
}

// The fill script (injected on the user's fill, page-adapters/fill-script.ts) runs in this content
// script's isolated world: it finds the panel here. Page scripts cannot see this world's globals.
const PANEL_KEY = Symbol.for('support-ticket-helper.in-page-panel');
type PanelHolder = { [PANEL_KEY]?: InPagePanel };

export function publishPanel(panel: InPagePanel): void {
  (globalThis as PanelHolder)[PANEL_KEY] = panel;
}

/** The panel this page's content script placed, if it placed one. */
export function publishedPanel(): InPagePanel | undefined {
  return (globalThis as PanelHolder)[PANEL_KEY];
}
