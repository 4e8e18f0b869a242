/**
 * Japanese time, in one place. Vendors want JST to the minute whatever the user's own time zone,
 * so wall-clock values are kept as 'YYYY-MM-DDTHH:mm' strings in JST (the shape of
 * <input type="datetime-local">) and dates as 'YYYY-MM-DD'.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The JST wall clock of an instant, to the minute: '2026-11-21T15:04'. */
export function toJstMinute(instant: Date): string {
  const jst = new Date(instant.getTime() + JST_OFFSET_MS);
  return `${jst.getUTCFullYear()}-${pad(jst.getUTCMonth() + 1)}-${pad(jst.getUTCDate())}T${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}

/** The JST calendar date of an instant: '2026-11-21'. */
export function toJstDate(instant: Date): string {
  return toJstMinute(instant).slice(0, 10);
}

const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a JST wall-clock minute denotes, or undefined when the text is not one. */
export function fromJstMinute(value: string): Date | undefined {
  const m = MINUTE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number);
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi) - JST_OFFSET_MS);
  return toJstMinute(instant) === value ? instant : undefined;
}

export function isJstDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** '2026-11-21T15:04' → '2026年11月21日 15時04分' (4-digit year, 2-digit month/day, as IIJ writes). */
export function formatJstMinute(value: string): string {
  const m = MINUTE.exec(value);
  if (!m) return value;
  return `${m[1]}年${m[2]}月${m[3]}日 ${m[4]}時${m[5]}分`;
}

/** '2026-11-21' → '2026年11月21日'. */
export function formatJstDate(value: string): string {
  const m = DATE.exec(value);
  if (!m) return value;
  return `${m[1]}年${m[2]}月${m[3]}日`;
}

/** For file names: '20261121-1504'. */
export function compactJstMinute(instant: Date): string {
  return toJstMinute(instant).replace(/[-:]/g, '').replace('T', '-');
}
