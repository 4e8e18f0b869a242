import holidayJp from '@holiday-jp/holiday_jp';
import { addDaysToJstDate, dayOfWeekOfJstDate, toJstDate } from './jst';

/**
 * Japanese business days: the one place that knows weekends and national holidays
 * (@holiday-jp/holiday_jp, which covers 振替休日 and 国民の休日 but not the year-end break
 * 12/29–1/3 — vendors announce that separately, so it is not guessed here).
 * Dates are 'YYYY-MM-DD' calendar days in JST.
 */
export function isJapaneseHoliday(date: string): boolean {
  // Strings, not Dates: the package formats a Date in the machine's local time zone.
  return holidayJp.isHoliday(date);
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
