import * as z from './zod-mini';
import { tr } from './i18n';
import { foldWidth } from './text-hygiene';

/**
 * A full mail address, as every vendor asks ("iij-taro@example.jp", not "iij-taro"). Full-width
 * characters are folded first; `emptyMessage` says what is missing in the words of the field.
 * zod/mini: profiles and settings use these at the popup's and options' start, where the full
 * zod build would double what loads before the first view.
 */
export const requiredMailAddress = (emptyMessage: () => string) =>
  z.pipe(
    z.pipe(z.string({ error: emptyMessage }), z.transform(foldWidth)),
    z.pipe(
      z.string().check(z.minLength(1, { error: emptyMessage })),
      z.email({
        error: tr(
          'メールアドレス形式(例:iij-taro@example.jp)で入力してください',
          'Enter a full mail address (e.g. iij-taro@example.jp)',
        ),
      }),
    ),
  );

export const mailAddress = requiredMailAddress(tr('メールアドレスを入力してください', 'Enter a mail address'));

export const optionalMailAddress = z.optional(z.union([z.literal(''), mailAddress]));

export const mailList = z.array(mailAddress);
