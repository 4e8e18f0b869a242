import { z } from 'zod';

/**
 * Runtime messages between the popup/options pages, the background and content scripts.
 * Every message is validated on arrival (entrypoints/background/router.ts); anything that does
 * not parse, or comes from another extension or a page, gets no answer and changes nothing.
 * A feature declares its messages here with `message(type, payload)` and handles them with
 * `handle(...)` in the background.
 */
export function message<T extends string, P extends z.ZodRawShape>(type: T, payload: P) {
  return z.object({ type: z.literal(type), ...payload }).strict();
}

/** What every handler answers: a result, or a message the user can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
