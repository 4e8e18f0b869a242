import { z } from '../../zod';
import { foldWidth } from '../../text-hygiene';
import { tr } from '../../i18n';

/**
 * An IIJ ID account name. IIJ IDs are mail addresses; people often give the local part only
 * ("iij-taro"), which IIJ cannot look up — say so in IIJ's words.
 */
const enterAccount = tr('アカウント名を入力してください', 'Enter the account name');

export const iijAccountName = z
  .string({ error: enterAccount })
  // Full-width addresses (ｉｉｊ－ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) are folded before the local-part check.
  .transform(foldWidth)
  .pipe(
    z
      .string()
      .min(1, { error: enterAccount })
      .refine((value) => value.includes('@'), {
        error: tr(
          'ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)で入力してください',
          'Enter the whole mail address, not only the local part (e.g. iij-taro@example.jp)',
        ),
      })
      .pipe(
        z.email({
          error: tr(
            'メールアドレス形式(例:iij-taro@example.jp)で入力してください',
            'Enter a mail address (e.g. iij-taro@example.jp)',
          ),
        }),
      ),
  );
