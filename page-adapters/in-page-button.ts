import { say, text } from '@/schemas/i18n';
import type { DraftChoice, FillReport } from '@/schemas/fill';
import { missingRequired, reportTexts, statusText } from './fill-report';

/**
 * A small button beside the vendor's form that lists this vendor's drafts and shows the fill
 * report. It lives in a Shadow DOM so page styles do not leak in or out; every text is
 * set with textContent, never parsed as HTML.
 */

const texts = {
  button: text('下書きから入力', 'Fill from a draft'),
  noDrafts: text(
    'このサービスの下書きはありません。拡張機能のポップアップで作成してください。',
    'No drafts for this service. Create one in the extension popup.',
  ),
  choose: text('入力する下書きを選んでください', 'Choose the draft to fill in'),
  close: text('閉じる', 'Close'),
  pick: text(
    '入力先の欄をクリックしてください(Esc で中止)。この選択はこのページ用に記憶されます。',
    'Click the field to fill (Esc cancels). The choice is remembered for this page.',
  ),
};

const STYLE = `
:host { all: initial; display: block; margin: 8px 0; font: 14px/1.5 system-ui, sans-serif; color: #1f2328; }
button { font: inherit; cursor: pointer; border: 1px solid #0969da; background: #fff; color: #0969da; border-radius: 6px; padding: 4px 10px; margin: 2px; }
button.primary { background: #0969da; color: #fff; }
.panel { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin-top: 6px; background: #fff; max-width: 640px; }
.warn { color: #b42318; font-weight: 600; }
ul { margin: 4px 0; padding-left: 20px; }
.filled { color: #1a7f37; } .not-found, .differs { color: #b42318; }
.banner { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; background: #0969da; color: #fff; padding: 10px 16px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  if (className) node.className = className;
  return node;
}

export interface InPagePanel {
  host: HTMLElement;
  showDrafts(drafts: DraftChoice[], onPick: (formId: string) => void): void;
  showReport(report: FillReport, clipboard: string, notice?: string): void;
  showMessage(message: string): void;
}

/** Places the button right before `anchor` (the vendor's form). `onOpen` loads the drafts. */
export function mountInPagePanel(anchor: Element, onOpen: (panel: InPagePanel) => void): InPagePanel {
  const host = element('div');
  host.dataset.supportTicketHelper = 'panel';
  const root = host.attachShadow({ mode: 'open' });
  root.append(element('style', STYLE));
  const toggle = element('button', say(texts.button), 'primary');
  toggle.type = 'button';
  const panel = element('div', undefined, 'panel');
  panel.hidden = true;
  root.append(toggle, panel);
  anchor.before(host);

  const show = (...nodes: Node[]) => {
    const close = element('button', say(texts.close));
    close.type = 'button';
    close.addEventListener('click', () => (panel.hidden = true));
    panel.replaceChildren(...nodes, close);
    panel.hidden = false;
  };

  const api: InPagePanel = {
    host,
    showDrafts(drafts, onPick) {
      if (drafts.length === 0) return show(element('p', say(texts.noDrafts)));
      const list = element('ul');
      for (const draft of drafts) {
        const item = element('li');
        const pick = element('button', `${say(draft.title)} (${new Date(draft.updatedAt).toLocaleString()})`);
        pick.type = 'button';
        pick.dataset.formId = draft.formId;
        pick.addEventListener('click', () => onPick(draft.formId));
        item.append(pick);
        list.append(item);
      }
      show(element('p', say(texts.choose)), list);
    },
    showReport(report, clipboard, notice) {
      const list = element('ul');
      for (const field of report.fields)
        list.append(element('li', `${field.label}: ${say(statusText[field.status])}`, field.status));
      const summary = element(
        'p',
        say(report.complete ? reportTexts.complete : reportTexts.incomplete),
        report.complete ? 'filled' : 'warn',
      );
      const nodes: Node[] = [summary, list];
      if (notice) nodes.push(element('p', notice, 'warn'));
      const required = missingRequired(report);
      if (required.length > 0)
        nodes.push(
          element('p', `${say(reportTexts.requiredMissing)} ${required.map((f) => f.label).join('、')}`, 'warn'),
        );
      if (!report.complete) {
        const copy = element('button', say(reportTexts.copy));
        copy.type = 'button';
        copy.addEventListener('click', () =>
          navigator.clipboard.writeText(clipboard).then(() => (copy.textContent = say(reportTexts.copied))),
        );
        nodes.push(copy);
      }
      show(...nodes);
    },
    showMessage(message) {
      show(element('p', message, 'warn'));
    },
  };
  toggle.addEventListener('click', () => onOpen(api));
  return api;
}

/**
 * Pick-the-field mode: the next click on a text field chooses it (and does nothing else on the
 * page). Resolves undefined when the user presses Escape.
 */
export function pickField(doc: Document = document): Promise<HTMLTextAreaElement | HTMLInputElement | undefined> {
  const host = element('div');
  const root = host.attachShadow({ mode: 'open' });
  root.append(element('style', STYLE), element('div', say(texts.pick), 'banner'));
  doc.body.append(host);
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return;
      event.preventDefault();
      event.stopPropagation();
      finish(target);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish(undefined);
    };
    function finish(choice: HTMLTextAreaElement | HTMLInputElement | undefined) {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(choice);
    }
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
  });
}
