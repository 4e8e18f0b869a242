/**
 * Finds a page's field the way a person does: by its visible label first, then by name/aria
 * attributes, then (for a body text) the one clearly largest visible textarea. Field ids differ
 * per site and per deployment; labels are what the vendors keep stable.
 */

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLElement;

const OPTIONAL_MARKS = /[(（](?:オプション|任意|optional|必須|required)[)）]|必須|任意|[*＊※:：]/gi;

/** A label's text without required/optional markers and whitespace: "件名 *" → "件名". */
export function normalizeLabel(raw: string): string {
  return raw.replace(OPTIONAL_MARKS, '').replace(/\s+/g, '').toLowerCase();
}

/** Visible to the user: not hidden by attribute, type or style along the ancestor chain. */
export function isVisible(element: Element): boolean {
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

const CONTROL_SELECTOR =
  'textarea, input:not([type=hidden]):not([type=submit]):not([type=button]), select, [contenteditable=true], [role=combobox], [role=textbox]';

function ownText(element: Element): string {
  return normalizeLabel(element.textContent ?? '');
}

/** Elements that act as a label: <label>, table headers, definition terms, Garden labels. */
function labelCandidates(root: ParentNode): Element[] {
  return [...root.querySelectorAll('label, th, dt, legend, [data-garden-id$=".label"]')];
}

/** The control a label names: `for`, nesting, aria-labelledby, or the next cell/definition. */
export function controlForLabel(
  label: Element,
  accept: (control: Element) => boolean = () => true,
): Element | undefined {
  const doc = label.ownerDocument;
  const candidates: Element[] = [];
  const forId = label.getAttribute('for');
  if (forId) candidates.push(...[doc.getElementById(forId)].filter((e): e is HTMLElement => !!e));
  candidates.push(...label.querySelectorAll(CONTROL_SELECTOR));
  if (label.id) candidates.push(...doc.querySelectorAll(`[aria-labelledby~="${CSS.escape(label.id)}"]`));
  const next = label.tagName === 'TH' || label.tagName === 'DT' ? label.nextElementSibling : undefined;
  if (next) candidates.push(...next.querySelectorAll(CONTROL_SELECTOR));
  // A Garden/React field: the label and its control share the closest wrapper.
  for (let wrapper = label.parentElement; wrapper && candidates.length === 0; wrapper = wrapper.parentElement) {
    if (labelCandidates(wrapper).length > 1) break; // reached a wrapper of several fields
    candidates.push(...wrapper.querySelectorAll(CONTROL_SELECTOR));
  }
  return candidates.find((c) => accept(c));
}

/** The label element whose text is one of `labels` (markers ignored). */
export function findLabel(root: ParentNode, labels: readonly string[]): Element | undefined {
  const wanted = labels.map(normalizeLabel);
  return labelCandidates(root).find((label) => wanted.includes(ownText(label)));
}

export function findByLabel(
  root: ParentNode,
  labels: readonly string[],
  accept: (control: Element) => boolean = () => true,
): Element | undefined {
  const wanted = labels.map(normalizeLabel);
  for (const label of labelCandidates(root)) {
    if (!wanted.includes(ownText(label))) continue;
    const control = controlForLabel(label, accept);
    if (control) return control;
  }
  return undefined;
}

/** Like findByLabel, for labels that start with one of `labels` (「本文 (テンプレートを参考に記入してください)」). */
export function findByLabelPrefix(
  root: ParentNode,
  labels: readonly string[],
  accept: (control: Element) => boolean = () => true,
): Element | undefined {
  const wanted = labels.map(normalizeLabel);
  for (const label of labelCandidates(root)) {
    const own = ownText(label);
    if (!wanted.some((w) => own.startsWith(w))) continue;
    const control = controlForLabel(label, accept);
    if (control) return control;
  }
  return undefined;
}

/** The text of the label that names this control (`for`, nesting, or the row's header), if any. */
export function labelTextOf(control: Element): string {
  const doc = control.ownerDocument;
  const byFor = control.id ? doc.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  const nested = control.closest('label');
  const row = control.closest('tr')?.querySelector('th');
  return (byFor ?? nested ?? row)?.textContent?.trim() ?? '';
}

/** By name, id, aria-label or placeholder containing one of `hints` (case-insensitive). */
export function findByAttributes(
  root: ParentNode,
  hints: readonly string[],
  accept: (control: Element) => boolean = () => true,
): Element | undefined {
  const lowered = hints.map((h) => h.toLowerCase());
  return [...root.querySelectorAll(CONTROL_SELECTOR)].find((control) => {
    const attributes = ['name', 'id', 'aria-label', 'placeholder', 'title'].map((a) =>
      (control.getAttribute(a) ?? '').toLowerCase(),
    );
    return accept(control) && attributes.some((value) => value && lowered.some((hint) => value.includes(hint)));
  });
}

function area(textarea: HTMLTextAreaElement): number {
  const rect = textarea.getBoundingClientRect();
  return rect.width * rect.height || textarea.rows * textarea.cols;
}

/** The largest visible textarea, only when no other is as large (a tie means we cannot tell). */
export function largestTextarea(root: ParentNode): HTMLTextAreaElement | undefined {
  const sized = [...root.querySelectorAll('textarea')].filter(isVisible).map((t) => ({ t, size: area(t) }));
  sized.sort((a, b) => b.size - a.size);
  const [first, second] = sized;
  if (!first || (second && second.size === first.size)) return undefined;
  return first.t;
}

/**
 * A CSS selector that finds this element again on the same page: id, then a unique name,
 * then its position among its parent's children.
 */
export function selectorFor(element: Element): string {
  const doc = element.ownerDocument;
  if (element.id && doc.querySelectorAll(`#${CSS.escape(element.id)}`).length === 1)
    return `#${CSS.escape(element.id)}`;
  const name = element.getAttribute('name');
  const byName = name ? `${element.tagName.toLowerCase()}[name="${CSS.escape(name)}"]` : '';
  if (byName && doc.querySelectorAll(byName).length === 1) return byName;
  const steps: string[] = [];
  for (let node: Element | null = element; node && node !== doc.documentElement; node = node.parentElement) {
    const index = node.parentElement ? [...node.parentElement.children].indexOf(node) + 1 : 1;
    steps.unshift(`${node.tagName.toLowerCase()}:nth-child(${index})`);
  }
  return steps.join(' > ');
}
