import { z } from 'zod';
import { tr } from '../../i18n';

/**
 * An IIJ ID account name. IIJ IDs are mail addresses; people often give the local part only
 * ("iij-taro"), which IIJ cannot look up — say so in IIJ's words.
 */
export const iijAccountName = z
  .string({ error: tr('アカウント名を入力してください', 'Enter the account name') })
  .trim()
  .min(1, { error: tr('アカウント名を入力してください', 'Enter the account name') })
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
  );
