import { say } from '@/schemas/i18n';
import type { FillReport } from '@/schemas/fill';
import { missingRequired, reportTexts, statusText } from './fill-report';

/**
 * The pieces the in-page panel (entrypoints/fill-panel) and the content script's own closed
 * shadow root draw with. Every text is set with textContent, never parsed as HTML.
 */

/** The panel page reports its height to the content script with this key; nothing else it posts is read. */
export const PANEL_HEIGHT_KEY = 'supportTicketHelperPanelHeight';

export const PANEL_STYLE = `
:host, body { all: initial; display: block; margin: 0; font: 14px/1.5 system-ui, sans-serif; color: #1f2328; background: transparent; }
button { font: inherit; cursor: pointer; border: 1px solid #0969da; background: #fff; color: #0969da; border-radius: 6px; padding: 4px 10px; margin: 2px; }
button.primary { background: #0969da; color: #fff; }
button.danger { border-color: #b42318; color: #b42318; }
.panel { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin-top: 6px; background: #fff; max-width: 640px; }
.warn { color: #b42318; font-weight: 600; }
ul { margin: 4px 0; padding-left: 20px; }
.filled { color: #1a7f37; } .not-found, .differs { color: #b42318; }
.banner { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; background: #0969da; color: #fff; padding: 10px 16px; }
`;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  if (className) node.className = className;
  return node;
}

export function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const node = element('button', label, className);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** A fill report: the summary, one line per field, what is missing; a copy button when a text is given. */
export function reportNodes(report: FillReport, options: { notice?: string; clipboard?: string } = {}): Node[] {
  const list = element('ul');
  for (const field of report.fields)
    list.append(element('li', `${field.label}: ${say(statusText[field.status])}`, field.status));
  const summary = element(
    'p',
    say(report.complete ? reportTexts.complete : reportTexts.incomplete),
    report.complete ? 'filled' : 'warn',
  );
  const nodes: Node[] = [summary, list];
  if (options.notice) nodes.push(element('p', options.notice, 'warn'));
  const required = missingRequired(report);
  if (required.length > 0)
    nodes.push(element('p', `${say(reportTexts.requiredMissing)} ${required.map((f) => f.label).join('、')}`, 'warn'));
  const { clipboard } = options;
  if (!report.complete && clipboard !== undefined) {
    const copy = button(
      say(reportTexts.copy),
      () => void navigator.clipboard.writeText(clipboard).then(() => (copy.textContent = say(reportTexts.copied))),
    );
    nodes.push(copy);
  }
  return nodes;
}
