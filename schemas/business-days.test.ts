import { describe, expect, it } from 'vitest';
import { firstBusinessDayAfterSending, isBusinessDay, nextBusinessDay } from './business-days';

describe('Japanese business days', () => {
  it('skips the weekend and 勤労感謝の日 (Mon 2026-11-23)', () => {
    expect(isBusinessDay('2026-11-23')).toBe(false);
    expect(isBusinessDay('2026-11-21')).toBe(false);
    expect(nextBusinessDay('2026-11-20')).toBe('2026-11-24');
  });

  it('takes "today" in JST, not UTC', () => {
    // 2026-11-19 15:30 UTC is already Friday 2026-11-20 00:30 in Japan.
    expect(firstBusinessDayAfterSending(new Date('2026-11-19T15:30:00Z'))).toBe('2026-11-24');
    expect(firstBusinessDayAfterSending(new Date('2026-11-19T14:30:00Z'))).toBe('2026-11-20');
  });

  it('follows the package at the year end: 12/31 is a weekday, 1/1 元日 is a holiday', () => {
    expect(isBusinessDay('2026-12-31')).toBe(true);
    expect(isBusinessDay('2027-01-01')).toBe(false);
    expect(nextBusinessDay('2026-12-31')).toBe('2027-01-04');
  });
});
