import { browser, type Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { messageType, type MessageSchema, type Reply } from '@/schemas/messages';

type Sender = Browser.runtime.MessageSender;
type Handler = (payload: unknown, sender: Sender) => Promise<unknown>;

const handlers = new Map<string, { schema: MessageSchema; handler: Handler; from: 'extension' | 'content' }>();

/**
 * Registers a message handler. `from: 'extension'` accepts only this extension's own pages
 * (popup, options); `from: 'content'` accepts only our content scripts in the top frame of an
 * https page.
 */
export function handle<S extends MessageSchema, R>(
  schema: S,
  from: 'extension' | 'content',
  handler: (payload: z.output<S>, sender: Sender) => Promise<R>,
): void {
  handlers.set(messageType(schema), { schema, handler: handler as Handler, from });
}

export function isTrustedSender(sender: Sender, from: 'extension' | 'content'): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (from === 'extension') return !sender.tab || (sender.url ?? '').startsWith(extensionOrigin);
  return !!sender.tab && sender.frameId === 0 && (sender.url ?? '').startsWith('https://');
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
