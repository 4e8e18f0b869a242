import * as z from '../../zod-mini';
import { mailAddress } from '../../mail-address';
import { tr } from '../../i18n';
import { profileBase } from '../../profile-base';
import { foldId } from '../../text-hygiene';

export const iijProfileSchema = z.object({
  ...profileBase,
  vendor: z.literal('iij'),
  masterId: z.pipe(
    // Typed with a Japanese IME it may be full-width (ＩＩＪ０００１２３４): folded to ASCII first.
    z.pipe(z.string(), z.transform(foldId)),
    z.string().check(
      z.minLength(1, { error: tr('マスターIDを入力してください', 'Enter the master ID') }),
      z.regex(/^[A-Za-z0-9._-]+$/, {
        error: tr('マスターIDは半角英数字で入力してください', 'The master ID is letters and digits'),
      }),
    ),
  ),
  requesterName: z.string().check(
    z.trim(),
    z.minLength(1, {
      error: tr('ご依頼者様氏名(運用管理担当者)を入力してください', 'Enter the requester (operations manager) name'),
    }),
    z.maxLength(100),
  ),
  serviceCodes: z
    .array(
      // Full-width (ＩＩＤ００００１) like the master ID.
      z.pipe(
        z.pipe(z.string(), z.transform(foldId)),
        z.string().check(
          z.regex(/^[A-Za-z0-9-]+$/, {
            error: tr('サービスコードは半角英数字で入力してください', 'A service code is letters and digits'),
          }),
        ),
      ),
    )
    .check(z.minLength(1, { error: tr('サービスコードを1つ以上入力してください', 'Enter at least one service code') })),
  requesterEmail: mailAddress,
});
export type IijProfile = z.infer<typeof iijProfileSchema>;
