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
  pick: text(
    '入力先の欄をクリックしてください(Esc で中止)。この選択はこのページ用に記憶されます。',
    'Click the field to fill (Esc cancels). The choice is remembered for this page.',
  ),
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

type TextField = HTMLTextAreaElement | HTMLInputElement;
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** A field a person could have meant: on screen, enabled, editable, and a text field. */
function isPickable(target: EventTarget | null): target is TextField {
  if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return false;
  if (target instanceof HTMLInputElement && !TEXT_INPUT_TYPES.has(target.getAttribute('type') ?? '')) return false;
  if (target.disabled || target.readOnly || !target.isConnected) return false;
  const box = target.getBoundingClientRect();
  const style = getComputedStyle(target);
  const onScreen =
    box.width > 0 &&
    box.height > 0 &&
    box.bottom > 0 &&
    box.right > 0 &&
    box.top < window.innerHeight &&
    box.left < window.innerWidth;
  return onScreen && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
}

/**
 * Pick-the-field mode: the user's next real click on a visible text field chooses it (and does
 * nothing else on the page). Clicks made by scripts (`isTrusted` false) and hidden, off-screen,
 * disabled or read-only fields are ignored. Resolves undefined when the user presses Escape.
 */
export function pickField(doc: Document = document): Promise<TextField | undefined> {
  const host = element('div');
  host.dataset.supportTicketHelper = 'pick-field';
  const root = host.attachShadow({ mode: 'closed' });
  root.append(element('style', PANEL_STYLE), element('div', say(texts.pick), 'banner'));
  doc.body.append(host);
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || !isPickable(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      finish(event.target);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') finish(undefined);
    };
    function finish(choice: TextField | undefined) {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(choice);
    }
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
  });
}
