import { browser } from 'wxt/browser';
import type { Reply } from '@/schemas/messages';

/** Sends a message to the background and unwraps its reply; a missing reply is an error. */
export async function sendToBackground<T>(message: { type: string }): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error(`no handler answered ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
