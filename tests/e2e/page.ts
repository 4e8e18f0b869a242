/**
 * A small Playwright-like page over puppeteer-core, so one test body drives Chromium (CDP) and
 * Firefox (WebDriver BiDi). It offers the part of Playwright's Page/Locator the tests use, with
 * Playwright's names and arguments.
 *
 * Porting a test written against playwright-core:
 * - `import type { Page } from 'playwright-core'` → `import type { Page } from './page'`
 *   (`Locator` too); `session.context.newPage()`, `session.openExtensionPage()` and
 *   `session.worker.evaluate()` keep their names (tests/e2e/browser.ts).
 * - Inside code evaluated in extension pages or the background, use `chrome.*` (promise-based in
 *   both browsers' MV3), never Chromium-only calls; fire the context menu with
 *   `session.fireContextMenu(info, tabUrl)`.
 * - A value returned from `evaluate` must not hold one object twice: Firefox (BiDi) returns the
 *   second occurrence as undefined. Return a JSON copy (`JSON.parse(JSON.stringify(x))`).
 * - Frames: `page.frames()` gives each frame (the top one first) with the same locators; clicks
 *   land at the frame's place on screen. Not offered: routes, dialogs, `context.waitForEvent`. Locator actions wait (up to 30 s)
 *   for exactly one match, like Playwright's strict mode; `waitFor()` defaults to 'visible'.
 * - `chrome://` pages exist only in Chromium: branch on `session.browserName`.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';

const TIMEOUT = 30_000;

/** Where the browser saves downloads for this session. */
export interface DownloadWatcher {
  dir: string;
}

type TextMatch = string | RegExp;
type Step =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean; checked?: boolean; level?: number }
  | { kind: 'label'; text: TextMatch; exact?: boolean }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'has-text'; text: TextMatch }
  | { kind: 'nth'; index: number };

/** Regexes do not cross into the page: send source and flags. */
type WireMatch = { source: string; flags: string } | { text: string };
const toWire = (m: TextMatch): WireMatch =>
  typeof m === 'string' ? { text: m } : { source: m.source, flags: m.flags.replace('g', '') };
const wireSteps = (steps: Step[]) =>
  steps.map((s) =>
    'name' in s && s.name !== undefined
      ? { ...s, name: toWire(s.name) }
      : 'text' in s
        ? { ...s, text: toWire(s.text) }
        : s,
  );

/**
 * Runs in the page: resolves a locator's steps to elements (open shadow roots included).
 * Self-contained on purpose: it is serialized into the page.
 */
function resolveInPage(steps: unknown[]): Element[] {
  type M = { source: string; flags: string } | { text: string };
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (value: string, m: M, exact?: boolean) => {
    if ('source' in m) return new RegExp(m.source, m.flags).test(value);
    const v = norm(value);
    const t = norm(m.text);
    return exact ? v === t : v.toLowerCase().includes(t.toLowerCase());
  };
  const all = (root: Element | Document | ShadowRoot): Element[] => {
    const out: Element[] = [];
    const walk = (node: Element | Document | ShadowRoot) => {
      for (const child of Array.from(node.children)) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root);
    return out;
  };
  const visible = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const hidden = (el: Element): boolean => {
    if (el.closest('[aria-hidden=true]')) return true;
    if (el.tagName === 'OPTION') return false;
    // Radios and checkboxes are often drawn by their label while the input itself is styled away.
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
      return getComputedStyle(el).display === 'none' && !el.labels?.length;
    return !visible(el);
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0]!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select')
      return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    if (tag === 'option') return 'option';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'fieldset') return 'group';
    if (tag === 'details') return 'group';
    if (tag === 'summary') return 'button';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'output') return 'status';
    if (tag === 'img') return 'img';
    if (tag === 'table') return 'table';
    if (tag === 'tr') return 'row';
    if (tag === 'td') return 'cell';
    if (tag === 'th') return 'columnheader';
    if (tag === 'form') return 'form';
    if (tag === 'nav') return 'navigation';
    if (tag === 'main') return 'main';
    if (tag === 'progress') return 'progressbar';
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    if (tag === 'input') {
      const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (type === 'search') return 'searchbox';
      if (type === 'file' || type === 'hidden') return '';
      return 'textbox';
    }
    return '';
  };
  const textOf = (el: Element): string => {
    if (el instanceof HTMLElement) {
      // Text of descendants, skipping hidden ones (as the accessibility tree does).
      let out = '';
      el.childNodes.forEach((n) => {
        if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
        else if (
          n instanceof Element &&
          !(n instanceof HTMLElement && n.hidden) &&
          n.getAttribute('aria-hidden') !== 'true'
        )
          out += n instanceof HTMLInputElement ? '' : textOf(n);
      });
      return out;
    }
    return el.textContent ?? '';
  };
  const byIds = (el: Element, ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => (el.getRootNode() as Document | ShadowRoot).getElementById?.(id))
      .filter((x): x is HTMLElement => !!x)
      .map((x) => textOf(x))
      .join(' ');
  const labelsOf = (el: Element): string[] => {
    const out: string[] = [];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) out.push(byIds(el, labelledBy));
    const aria = el.getAttribute('aria-label');
    if (aria) out.push(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels) for (const label of Array.from(labels)) out.push(textOf(label));
    return out.map(norm).filter(Boolean);
  };
  const nameOf = (el: Element): string => {
    const labels = labelsOf(el);
    if (labels.length) return labels.join(' ');
    const tag = el.tagName.toLowerCase();
    if (tag === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return norm(textOf(legend));
    }
    if (tag === 'details') {
      const summary = el.querySelector(':scope > summary');
      if (summary) return norm(textOf(summary));
    }
    if (tag === 'img') return el.getAttribute('alt') ?? '';
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
    const role = roleOf(el);
    if (
      [
        'button',
        'link',
        'heading',
        'option',
        'tab',
        'checkbox',
        'radio',
        'menuitem',
        'cell',
        'columnheader',
        'listitem',
        'status',
        'alert',
        'switch',
        'treeitem',
        'note',
      ].includes(role)
    )
      return norm(textOf(el));
    return norm(el.getAttribute('title') ?? '');
  };
  let current: Element[] = [document.documentElement];
  for (const raw of steps) {
    const step = raw as {
      kind: string;
      selector?: string;
      role?: string;
      name?: M;
      text?: M;
      exact?: boolean;
      checked?: boolean;
      level?: number;
      index?: number;
    };
    if (step.kind === 'nth') {
      const i = step.index! < 0 ? current.length + step.index! : step.index!;
      current = current[i] ? [current[i]] : [];
      continue;
    }
    if (step.kind === 'has-text') {
      current = current.filter((el) => matches(el.textContent ?? '', step.text!));
      continue;
    }
    const found = new Set<Element>();
    for (const scope of current) {
      // Like Playwright, text and role steps may match the scope element itself; CSS looks inside it.
      const inside = scope === document.documentElement ? all(document) : all(scope);
      const candidates = step.kind === 'css' || scope === document.documentElement ? inside : [scope, ...inside];
      if (step.kind === 'css') {
        for (const el of candidates) if (el.matches(step.selector!)) found.add(el);
      } else if (step.kind === 'role') {
        for (const el of candidates) {
          if (roleOf(el) !== step.role || hidden(el)) continue;
          if (step.name && !matches(nameOf(el), step.name, step.exact)) continue;
          if (step.checked !== undefined && (el as HTMLInputElement).checked !== step.checked) continue;
          if (step.level !== undefined && Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) !== step.level)
            continue;
          found.add(el);
        }
      } else if (step.kind === 'label') {
        for (const el of candidates) {
          const labelled = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
          if (!labelled && !/^(INPUT|TEXTAREA|SELECT|BUTTON|METER|OUTPUT|PROGRESS)$/.test(el.tagName)) continue;
          if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
          if (labelsOf(el).some((l) => matches(l, step.text!, step.exact))) found.add(el);
        }
      } else if (step.kind === 'text') {
        const hits = candidates.filter(
          (el) =>
            !/^(SCRIPT|STYLE|HEAD|TITLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) &&
            matches(el.textContent ?? '', step.text!, step.exact),
        );
        // The innermost element holding the text, as Playwright's getByText picks.
        for (const el of hits) if (!hits.some((other) => other !== el && el.contains(other))) found.add(el);
      }
    }
    current = [...found];
  }
  return current;
}

/** Runs in the page: one operation on the elements a locator resolves to. */
function operateInPage(steps: unknown[], op: string, arg: unknown): unknown {
  const resolve = (globalThis as unknown as { __e2eResolve: (s: unknown[]) => Element[] }).__e2eResolve;
  const elements = resolve(steps);
  const el = elements[0] as HTMLElement | undefined;
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  switch (op) {
    case 'count':
      return elements.length;
    case 'state': {
      const state = arg as string;
      if (state === 'attached') return elements.length > 0;
      if (state === 'detached') return elements.length === 0;
      if (state === 'visible') return elements.some(visible);
      return !elements.some(visible); // hidden
    }
    case 'texts':
      return elements.map((e) => e.textContent ?? '');
  }
  if (elements.length !== 1) return { error: elements.length === 0 ? 'none' : `strict:${elements.length}` };
  switch (op) {
    case 'inputValue':
      return { value: (el as HTMLInputElement).value };
    case 'textContent':
      return { value: el!.textContent };
    case 'getAttribute':
      return { value: el!.getAttribute(arg as string) };
    case 'isChecked':
      return { value: (el as HTMLInputElement).checked ?? el!.getAttribute('aria-checked') === 'true' };
    case 'fill': {
      const control = el as HTMLInputElement | HTMLTextAreaElement;
      control.focus();
      const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, arg as string);
      control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: arg as string }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
      return { value: null };
    }
    case 'selectOption': {
      const select = el as HTMLSelectElement;
      const wanted = arg as string;
      const option = Array.from(select.options).find((o) => o.value === wanted || o.label === wanted);
      if (!option) return { error: `no option ${wanted}` };
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, option.value);
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return { value: [option.value] };
    }
    case 'focus':
      el!.focus();
      return { value: document.activeElement === el || el!.shadowRoot !== null };
    case 'point': {
      // Where a user would click: the centre of the element, scrolled into view.
      if (!visible(el!)) return { error: 'not visible' };
      const box = el!.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth)
        el!.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const root = el!.getRootNode() as Document | ShadowRoot;
      const centre = () => {
        const rect = el!.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        const hit = root.elementFromPoint(x, y);
        return hit && (hit === el || el!.contains(hit)) ? { x, y } : undefined;
      };
      // As Playwright does: scroll it to the middle when something sticky (a bar, a header) covers
      // it, then wait while something else (a toast, an overlay) would take the click.
      let point = centre();
      if (!point) {
        el!.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        point = centre();
      }
      return point ? { value: point } : { error: 'covered' };
    }
  }
  return { error: `unknown op ${op}` };
}

async function poll<T>(what: () => Promise<T | undefined>, describe: () => string, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await what();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms: ${describe()}${lastError ? ` (${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Download {
  suggestedFilename(): string;
  path(): Promise<string>;
}

interface RoleOptions {
  name?: TextMatch;
  exact?: boolean;
  checked?: boolean;
  level?: number;
}

export class Locator {
  constructor(
    private readonly page: DocumentScope,
    private readonly steps: Step[],
  ) {}

  private describe(): string {
    return `locator ${JSON.stringify(wireSteps(this.steps))}`;
  }

  private with(step: Step): Locator {
    return new Locator(this.page, [...this.steps, step]);
  }

  locator(selector: string, options: { hasText?: TextMatch } = {}): Locator {
    const found = this.with({ kind: 'css', selector });
    return options.hasText === undefined ? found : found.filter({ hasText: options.hasText });
  }
  getByRole(role: string, options: RoleOptions = {}): Locator {
    return this.with({ kind: 'role', role, ...options });
  }
  getByLabel(text: TextMatch, options: { exact?: boolean } = {}): Locator {
    return this.with({ kind: 'label', text, ...options });
  }
  getByText(text: TextMatch, options: { exact?: boolean } = {}): Locator {
    return this.with({ kind: 'text', text, ...options });
  }
  getByTestId(id: string): Locator {
    return this.with({ kind: 'css', selector: `[data-testid="${id}"]` });
  }
  filter(options: { hasText: TextMatch }): Locator {
    return this.with({ kind: 'has-text', text: options.hasText });
  }
  first(): Locator {
    return this.with({ kind: 'nth', index: 0 });
  }
  last(): Locator {
    return this.with({ kind: 'nth', index: -1 });
  }
  nth(index: number): Locator {
    return this.with({ kind: 'nth', index });
  }

  private run(op: string, arg?: unknown): Promise<unknown> {
    return this.page.runInPage(wireSteps(this.steps), op, arg);
  }

  /** Waits for exactly one match and runs `op` on it. */
  private async one<T>(op: string, arg?: unknown, timeout = TIMEOUT): Promise<T> {
    let last = '';
    const result = await poll(
      async () => {
        const r = (await this.run(op, arg)) as { value?: T; error?: string };
        if (r.error?.startsWith('strict')) throw new Error(`strict mode violation: ${r.error} matches`);
        last = r.error ?? '';
        return r.error ? undefined : r;
      },
      () => `${op} on ${this.describe()} ${last}`,
      timeout,
    );
    return result.value as T;
  }

  async count(): Promise<number> {
    return (await this.run('count')) as number;
  }
  async all(): Promise<Locator[]> {
    return Array.from({ length: await this.count() }, (_, i) => this.nth(i));
  }
  async allTextContents(): Promise<string[]> {
    return (await this.run('texts')) as string[];
  }
  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}) {
    const state = options.state ?? 'visible';
    await poll(
      async () => ((await this.run('state', state)) ? true : undefined),
      () => `${this.describe()} to be ${state}`,
      options.timeout,
    );
  }
  inputValue(): Promise<string> {
    return this.one('inputValue');
  }
  textContent(): Promise<string | null> {
    return this.one('textContent');
  }
  getAttribute(name: string): Promise<string | null> {
    return this.one('getAttribute', name);
  }
  isChecked(): Promise<boolean> {
    return this.one('isChecked');
  }
  async isVisible(): Promise<boolean> {
    return (await this.run('state', 'visible')) as boolean;
  }
  async fill(value: string): Promise<void> {
    await this.one('fill', value);
  }
  async selectOption(option: string | { label?: string; value?: string }): Promise<string[]> {
    return this.one('selectOption', typeof option === 'string' ? option : (option.value ?? option.label));
  }

  /**
   * A real (trusted) mouse click at the element's centre. Not puppeteer's ElementHandle.click: its
   * scroll check waits for a rendering that background tabs never do.
   */
  async click(): Promise<void> {
    // Only a point that holds still (no scroll, transition or re-layout under way) gets the click.
    let point = await this.one<{ x: number; y: number }>('point');
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const again = await this.one<{ x: number; y: number }>('point');
      if (again.x === point.x && again.y === point.y) break;
      point = again;
    }
    const origin = await this.page.origin();
    await this.page.top.mouse.click(origin.x + point.x, origin.y + point.y);
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
    if (!(await this.isChecked())) throw new Error(`${this.describe()} did not become checked`);
  }
  /** Types as a user does, key by key. */
  async pressSequentially(text: string): Promise<void> {
    await this.one('focus');
    await this.page.top.keyboard.type(text);
  }
  async setInputFiles(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    await this.one('count');
    let path = typeof file === 'string' ? file : '';
    if (typeof file !== 'string') {
      path = join(mkdtempSync(join(tmpdir(), 'sth-upload-')), file.name);
      writeFileSync(path, file.buffer);
    }
    const handle = (await this.page.handleInPage(wireSteps(this.steps))) as ElementHandle<HTMLInputElement> | null;
    if (!handle) throw new Error(`${this.describe()} not found`);
    await handle.uploadFile(path);
    await handle.dispose();
  }
  /** The element's box in its document's viewport. */
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.evaluate((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
  /** Runs `fn` on the one element this locator matches, in the page. */
  async evaluate<R>(fn: (element: Element) => R): Promise<R> {
    await this.one('textContent'); // waits for exactly one match
    const handle = await this.page.handleInPage(wireSteps(this.steps));
    if (!handle) throw new Error(`${this.describe()} not found`);
    try {
      return (await handle.evaluate(fn as (element: Element) => R)) as R;
    } finally {
      await handle.dispose();
    }
  }
  async evaluateAll<R>(fn: (elements: Element[]) => R): Promise<R> {
    await this.page.ensureResolver();
    const handle = await this.page.frame.evaluateHandle(
      (steps) => (globalThis as unknown as { __e2eResolve: (s: unknown[]) => Element[] }).__e2eResolve(steps),
      wireSteps(this.steps),
    );
    try {
      return (await handle.evaluate(fn as (elements: Element[]) => R)) as R;
    } finally {
      await handle.dispose();
    }
  }
}

/** One document (a page's top frame or a frame in it): where locators resolve and evaluate. */
abstract class DocumentScope {
  constructor(
    /** The tab, whose mouse and keyboard reach every frame in it. */
    readonly top: PuppeteerPage,
  ) {}

  abstract get frame(): PuppeteerFrame;
  /** Where this document's (0, 0) is in the tab's viewport. */
  abstract origin(): Promise<{ x: number; y: number }>;

  /** Makes the locator resolver available in the current document (again after navigations). */
  async ensureResolver(): Promise<void> {
    const present = await this.frame.evaluate(() => '__e2eResolve' in globalThis);
    if (!present)
      await this.frame.evaluate(`globalThis.__e2eResolve = ${resolveInPage.toString()};`.replace(/\n\s*/g, '\n'));
  }

  async runInPage(steps: unknown[], op: string, arg: unknown): Promise<unknown> {
    await this.ensureResolver();
    return this.frame.evaluate(operateInPage, steps, op, arg);
  }

  async handleInPage(steps: unknown[]): Promise<ElementHandle<Element> | null> {
    await this.ensureResolver();
    const handle = await this.frame.evaluateHandle(
      (steps) => (globalThis as unknown as { __e2eResolve: (s: unknown[]) => Element[] }).__e2eResolve(steps)[0],
      steps,
    );
    return handle.asElement() as ElementHandle<Element> | null;
  }

  evaluate<R>(fn: string): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate(fn: string | ((arg: unknown) => unknown), arg?: unknown): Promise<unknown> {
    return typeof fn === 'string' ? this.frame.evaluate(fn) : this.frame.evaluate(fn, arg);
  }
  /** The document's HTML as it is now. */
  content(): Promise<string> {
    return this.frame.evaluate(() => document.documentElement.outerHTML);
  }
  locator(selector: string, options: { hasText?: TextMatch } = {}): Locator {
    const found = new Locator(this, [{ kind: 'css', selector }]);
    return options.hasText === undefined ? found : found.filter({ hasText: options.hasText });
  }
  getByRole(role: string, options: RoleOptions = {}): Locator {
    return new Locator(this, [{ kind: 'role', role, ...options }]);
  }
  getByLabel(text: TextMatch, options: { exact?: boolean } = {}): Locator {
    return new Locator(this, [{ kind: 'label', text, ...options }]);
  }
  getByText(text: TextMatch, options: { exact?: boolean } = {}): Locator {
    return new Locator(this, [{ kind: 'text', text, ...options }]);
  }
  getByTestId(id: string): Locator {
    return this.locator(`[data-testid="${id}"]`);
  }
}

/**
 * A frame inside a tab (e.g. the extension's fill panel in the vendor page). Its place on screen
 * comes from the browser (Chromium: the frame's owner element, even inside a closed shadow root),
 * or, where the protocol cannot name the owner (Firefox BiDi), from the frame's own window
 * position relative to the tab's (`mozInnerScreenX/Y`).
 */
export class Frame extends DocumentScope {
  constructor(
    top: PuppeteerPage,
    readonly frame: PuppeteerFrame,
  ) {
    super(top);
  }
  url(): string {
    return this.frame.url();
  }
  async waitForLoadState(state: 'load' = 'load'): Promise<void> {
    await poll(
      async () => ((await this.frame.evaluate(() => document.readyState)) === 'complete' ? true : undefined),
      () => `${this.url()} to reach ${state}`,
    );
  }
  async origin(): Promise<{ x: number; y: number }> {
    const owner = await this.frame.frameElement().catch(() => null);
    if (owner) {
      const box = await owner.boxModel();
      await owner.dispose();
      if (box) return { x: box.content[0]!.x, y: box.content[0]!.y };
    }
    type MozWindow = { mozInnerScreenX: number; mozInnerScreenY: number };
    const screenOf = (scope: PuppeteerFrame) =>
      scope.evaluate(() => {
        const w = window as unknown as MozWindow;
        return { x: w.mozInnerScreenX, y: w.mozInnerScreenY };
      });
    const [mine, tab] = await Promise.all([screenOf(this.frame), screenOf(this.top.mainFrame())]);
    if (typeof mine.x !== 'number') throw new Error(`cannot place frame ${this.url()} on screen`);
    return { x: mine.x - tab.x, y: mine.y - tab.y };
  }
}

export class Page extends DocumentScope {
  private lastUrl = 'about:blank';
  private closed = false;

  constructor(
    readonly puppeteer: PuppeteerPage,
    private readonly downloads: DownloadWatcher,
  ) {
    super(puppeteer);
  }

  get frame(): PuppeteerFrame {
    return this.puppeteer.mainFrame();
  }
  async origin() {
    return { x: 0, y: 0 };
  }
  /** Every frame of the tab, the top one first. */
  frames(): Frame[] {
    return this.puppeteer.frames().map((frame) => new Frame(this.puppeteer, frame));
  }
  /** Waits until the tab's address matches. */
  async waitForURL(url: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
    await poll(
      async () => {
        const now = this.url();
        return (typeof url === 'string' ? now === url : url.test(now)) ? true : undefined;
      },
      () => `${this.url()} to become ${String(url)}`,
      options.timeout,
    );
  }
  async waitForTimeout(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }

  /**
   * Navigates and waits for the load. Firefox sends no navigation events for moz-extension: and
   * about: pages (Mozilla bug 1755014), so those are awaited by polling the document itself.
   */
  async goto(url: string): Promise<void> {
    if (/^(moz-extension|about):/.test(url)) {
      this.puppeteer.goto(url, { timeout: 0 }).catch(() => {});
      await poll(
        async () =>
          (await this.puppeteer.evaluate(() => location.href + ' ' + document.readyState)) === `${url} complete`
            ? true
            : undefined,
        () => `${url} to load`,
      );
    } else {
      await this.puppeteer.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    }
    this.lastUrl = url;
  }
  async reload(): Promise<void> {
    const url = this.url();
    if (url.startsWith('moz-extension:')) {
      await this.puppeteer.evaluate(() => {
        document.documentElement.dataset.e2eStale = '1';
        location.reload();
      });
      await poll(
        async () =>
          (await this.puppeteer.evaluate(
            () => document.readyState === 'complete' && !document.documentElement.dataset.e2eStale,
          ))
            ? true
            : undefined,
        () => `${url} to reload`,
      );
    } else {
      await this.puppeteer.reload({ waitUntil: 'load' });
    }
  }
  url(): string {
    const url = this.puppeteer.url();
    return url === 'about:blank' && /^(moz-extension|about):/.test(this.lastUrl) ? this.lastUrl : url;
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}): Promise<void> {
    await this.puppeteer.waitForFunction(
      fn as (arg: unknown) => unknown,
      { timeout: options.timeout ?? TIMEOUT, polling: 100 },
      arg,
    );
  }
  async bringToFront(): Promise<void> {
    await this.puppeteer.bringToFront();
  }
  async screenshot(options: { path: string; fullPage?: boolean }): Promise<void> {
    await this.puppeteer.screenshot({ path: options.path as `${string}.png`, fullPage: options.fullPage ?? false });
  }
  async close(): Promise<void> {
    if (!this.isClosed()) await this.puppeteer.close();
    this.closed = true;
  }
  isClosed(): boolean {
    return this.closed || this.puppeteer.isClosed();
  }
  get keyboard() {
    return this.puppeteer.keyboard;
  }

  /** The next file the browser saves into the session's download folder. */
  async waitForEvent(event: 'download'): Promise<Download> {
    if (event !== 'download') throw new Error(`unsupported event ${String(event)}`);
    const before = new Set(readdirSync(this.downloads.dir));
    const name = await poll(
      async () =>
        readdirSync(this.downloads.dir).find(
          (f) =>
            !before.has(f) &&
            !/\.(part|crdownload)$/.test(f) &&
            statSync(join(this.downloads.dir, f)).size > 0 &&
            !readdirSync(this.downloads.dir).some((p) => p.startsWith(f) && p !== f),
        ),
      () => 'a download',
    );
    const path = join(this.downloads.dir, name);
    return { suggestedFilename: () => name, path: async () => path };
  }
}

export function wrapPage(page: PuppeteerPage, downloads: DownloadWatcher): Page {
  return new Page(page, downloads);
}
