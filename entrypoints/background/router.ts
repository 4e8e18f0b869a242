import { browser, type Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { messageType, type MessageSchema, type Reply } from '@/schemas/messages';

type Sender = Browser.runtime.MessageSender;
type Handler = (payload: unknown, sender: Sender) => Promise<unknown>;

/**
 * Who may send a message:
 * - 'extension': this extension's own pages in their own tab or window (popup, options);
 * - 'content': our content scripts in the top frame of an https page;
 * - 'panel': the in-page panel (fill-panel.html), an extension page inside a frame of an https
 *   tab. Its handlers act only on that tab, judged from `sender.tab`, never from the message.
 */
export type SenderKind = 'extension' | 'content' | 'panel';

const PANEL_PAGE = '/fill-panel.html';

const handlers = new Map<string, { schema: MessageSchema; handler: Handler; from: SenderKind }>();

/** Registers a message handler for one kind of sender (see SenderKind). */
export function handle<S extends MessageSchema, R>(
  schema: S,
  from: SenderKind,
  handler: (payload: z.output<S>, sender: Sender) => Promise<R>,
): void {
  handlers.set(messageType(schema), { schema, handler: handler as Handler, from });
}

/** A URL without its query and fragment. */
const pathOf = (url: string | undefined): string => (url ?? '').replace(/[?#].*$/s, '');

export function isTrustedSender(sender: Sender, from: SenderKind): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const extensionRoot = browser.runtime.getURL('/'); // ends with '/'
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionRoot);
  const tabUrl = sender.tab?.url ?? '';
  switch (from) {
    case 'extension':
      // No tab (the popup) or the top frame of a tab of its own (options, popup opened as a tab) — never a
      // frame inside a web page, where the in-page panel lives.
      return (
        fromExtensionPage &&
        (!sender.tab || (sender.frameId === 0 && (!sender.tab.url || tabUrl.startsWith(extensionRoot))))
      );
    case 'panel':
      return (
        pathOf(sender.url) === pathOf(browser.runtime.getURL(PANEL_PAGE)) &&
        !!sender.tab &&
        sender.frameId !== 0 &&
        tabUrl.startsWith('https://')
      );
    case 'content':
      return !!sender.tab && sender.frameId === 0 && (sender.url ?? '').startsWith('https://');
  }
}

/** Dispatches one message; answers undefined (nothing) for anything not ours or malformed. */
export async function dispatch(raw: unknown, sender: Sender): Promise<Reply<unknown> | undefined> {
  const type = typeof raw === 'object' && raw && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const entry = typeof type === 'string' ? handlers.get(type) : undefined;
  if (!entry || !isTrustedSender(sender, entry.from)) return undefined;
  const parsed = entry.schema.safeParse(raw);
  if (!parsed.success) return undefined;
  try {
    return { ok: true, value: await entry.handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const type = typeof raw === 'object' && raw && 'type' in raw ? (raw as { type: unknown }).type : undefined;
    if (typeof type !== 'string' || !handlers.has(type)) return undefined; // not ours: let others answer
    return dispatch(raw, sender);
  });
}
