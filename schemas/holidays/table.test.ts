import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { isJapaneseHoliday } from '../business-days';
import { addDaysToJstDate } from '../jst';
import { FIRST_YEAR, LAST_YEAR } from './table';

describe('the generated holiday table', () => {
  it('agrees with @holiday-jp/holiday_jp on every day it covers, and beyond it', () => {
    const differing: string[] = [];
    for (let date = `${FIRST_YEAR - 1}-12-01`; date < `${LAST_YEAR + 1}-02-01`; date = addDaysToJstDate(date, 1))
      if (isJapaneseHoliday(date) !== holidayJp.isHoliday(date)) differing.push(date);
    expect(differing).toEqual([]);
  });
});
