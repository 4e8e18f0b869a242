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
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m.slice(1).map(Number);
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi) - JST_OFFSET_MS);
  return toJstMinute(instant) === value ? instant : undefined;
}

export function isJstDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y = 0, mo = 1, d = 1] = m.slice(1).map(Number);
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

/** A 'YYYY-MM-DD' date as midnight UTC of that calendar day, for calendar arithmetic. */
function calendarDay(date: string): Date {
  if (!isJstDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/** The calendar date `days` after a 'YYYY-MM-DD' date (negative goes back): '2026-11-20' + 1 → '2026-11-21'. */
export function addDaysToJstDate(date: string, days: number): string {
  const moved = calendarDay(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Day of the week of a 'YYYY-MM-DD' date, 0 = Sunday … 6 = Saturday (the date is a calendar day, no time zone). */
export function dayOfWeekOfJstDate(date: string): number {
  return calendarDay(date).getUTCDay();
}

/** True when a JST wall-clock minute lies after `now` (a minute in the future). Invalid text is not "in the future". */
export function isJstMinuteAfter(value: string, now: Date): boolean {
  const instant = fromJstMinute(value);
  return instant !== undefined && instant.getTime() > now.getTime();
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The one way the extension's own screens show a moment: '2026年11月24日(火) 10:15' (JST, with the
 * weekday), or '2026-11-24 (Tue) 10:15 JST' in English. Vendor texts keep the vendors' formats.
 */
/** A 'YYYY-MM-DD' date as screens show it: '2026年11月25日(水)', or '2026-11-25 (Wed)' in English. */
export function describeJstDate(date: string, language: 'ja' | 'en' = 'ja'): string {
  const day = dayOfWeekOfJstDate(date);
  const [y, m, d] = date.split('-');
  return language === 'ja'
    ? `${y}年${Number(m)}月${Number(d)}日(${WEEKDAYS_JA[day]})`
    : `${date} (${WEEKDAYS_EN[day]})`;
}

export function describeJstInstant(instant: Date, language: 'ja' | 'en' = 'ja'): string {
  const minute = toJstMinute(instant);
  const date = minute.slice(0, 10);
  const day = dayOfWeekOfJstDate(date);
  const [y, m, d] = date.split('-');
  const time = minute.slice(11);
  return language === 'ja'
    ? `${y}年${Number(m)}月${Number(d)}日(${WEEKDAYS_JA[day]}) ${time}`
    : `${date} (${WEEKDAYS_EN[day]}) ${time} JST`;
}
