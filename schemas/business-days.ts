import { HOLIDAYS_BY_YEAR } from './holidays/table';
import { addDaysToJstDate, dayOfWeekOfJstDate, toJstDate } from './jst';

/**
 * Japanese business days: the one place that knows weekends and national holidays
 * (@holiday-jp/holiday_jp's dates 1970–2050, see holidays/generate.ts; they cover 振替休日 and
 * 国民の休日 but not the year-end break 12/29–1/3 — vendors announce that separately, so it is
 * not guessed here).
 * Dates are 'YYYY-MM-DD' calendar days in JST.
 */
export function isJapaneseHoliday(date: string): boolean {
  const [year, month, day] = date.split('-');
  return HOLIDAYS_BY_YEAR[Number(year)]?.split(' ').includes(`${month}${day}`) ?? false;
}

export function isBusinessDay(date: string): boolean {
  const day = dayOfWeekOfJstDate(date);
  return day !== 0 && day !== 6 && !isJapaneseHoliday(date);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string): string {
  let candidate = addDaysToJstDate(date, 1);
  while (!isBusinessDay(candidate)) candidate = addDaysToJstDate(candidate, 1);
  return candidate;
}

/**
 * The earliest date a vendor accepts as "メール送信日から1営業日後以降": the first business day
 * after the day the request is sent (today in JST).
 */
export function firstBusinessDayAfterSending(now: Date): string {
  return nextBusinessDay(toJstDate(now));
}
