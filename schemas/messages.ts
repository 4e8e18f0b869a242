import * as z from './zod-mini';

/**
 * Runtime messages between the popup/options pages, the background and content scripts.
 * Every message is validated on arrival (entrypoints/background/router.ts); anything that does
 * not parse, or comes from another extension or a page, gets no answer and changes nothing.
 * A feature declares its messages with `message(type, payload)` and handles them with
 * `handle(...)` in the background. Built on zod/mini so content scripts stay small; payload
 * fields may be classic zod or zod/mini schemas.
 */
export function message<T extends string, P extends Record<string, z.core.$ZodType>>(type: T, payload: P) {
  return z.strictObject({ type: z.literal(type), ...payload });
}

export type MessageSchema = ReturnType<typeof message<string, Record<string, z.core.$ZodType>>>;

/** The `type` a message schema accepts. */
export function messageType(schema: MessageSchema): string {
  return String(schema.shape.type._zod.def.values[0]);
}

/** What every handler answers: a result, or a message the user can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
