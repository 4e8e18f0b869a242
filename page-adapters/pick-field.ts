import { say, text } from '@/schemas/i18n';
import { element, PANEL_STYLE } from './panel-view';

const texts = {
  pick: text(
    '入力先の欄をクリックしてください(Esc で中止)。この選択はこのページ用に記憶されます。',
    'Click the field to fill (Esc cancels). The choice is remembered for this page.',
  ),
};

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
