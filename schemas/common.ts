import { z } from './zod';
import { tr } from './i18n';
import { fromJstMinute, isJstDate } from './jst';

/** Free text is never trimmed or rewritten: what the administrator typed is what the vendor reads. */
export const MAX_TEXT = 100_000;

export const optionalText = (max = MAX_TEXT) =>
  z
    .string()
    .max(max, { error: tr(`${max}文字以内で入力してください`, `At most ${max} characters`) })
    .default('');

export const requiredText = (ja: string, en: string, max = MAX_TEXT) =>
  z
    .string({ error: tr(`${ja}を入力してください`, `Enter ${en}`) })
    .max(max, { error: tr(`${ja}は${max}文字以内で入力してください`, `${en} must be at most ${max} characters`) })
    .refine((value) => value.trim() !== '', { error: tr(`${ja}を入力してください`, `Enter ${en}`) });

/** One radio choice, '' while nothing is chosen. */
export const optionalChoice = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.enum(['', ...values], { error: tr('選択肢から選んでください', 'Pick one of the options') }).default('');

export const jstMinute = (ja: string, en: string) =>
  z
    .string({ error: tr(`${ja}を入力してください`, `Enter ${en}`) })
    .refine((value) => fromJstMinute(value) !== undefined, {
      error: tr(
        `${ja}を年月日と時分(日本時間)で入力してください`,
        `Enter ${en} as a date and time to the minute (JST)`,
      ),
    });

export const optionalJstMinute = () =>
  z
    .string()
    .refine((value) => value === '' || fromJstMinute(value) !== undefined, {
      error: tr('日時を年月日と時分(日本時間)で入力してください', 'Enter a date and time to the minute (JST)'),
    })
    .default('');

export const optionalJstDate = () =>
  z
    .string()
    .refine((value) => value === '' || isJstDate(value), {
      error: tr('日付を年月日で入力してください', 'Enter a date (year, month, day)'),
    })
    .default('');

/** A choice that must be made: '' (nothing chosen yet) is allowed in drafts and refused on validation. */
export const requiredChoice = <const V extends readonly [string, ...string[]]>(values: V, ja: string, en: string) =>
  optionalChoice(values).refine((value) => value !== '', { error: tr(`${ja}を選んでください`, `Choose ${en}`) });
