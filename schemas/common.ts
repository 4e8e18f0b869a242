import { z } from 'zod';
import { tr } from './i18n';

/** A full mail address, as every vendor asks ("iij-taro@example.jp", not "iij-taro"). */
export const mailAddress = z
  .string()
  .trim()
  .min(1, { error: tr('メールアドレスを入力してください', 'Enter a mail address') })
  .pipe(
    z.email({
      error: tr(
        'メールアドレス形式(例:iij-taro@example.jp)で入力してください',
        'Enter a full mail address (e.g. iij-taro@example.jp)',
      ),
    }),
  );

export const optionalMailAddress = z.union([z.literal(''), mailAddress]).optional();

export const mailList = z.array(mailAddress);

export const requiredText = (ja: string, en: string, max = 10_000) =>
  z
    .string()
    .trim()
    .min(1, { error: tr(`${ja}を入力してください`, `Enter ${en}`) })
    .max(max, { error: tr(`${ja}は${max}文字以内で入力してください`, `${en} must be at most ${max} characters`) });

export const optionalText = (max = 100_000) => z.string().max(max).default('');
