import * as z from '../../zod-mini';
import { mailAddress, mailExample } from '../../mail-address';
import { text, tr } from '../../i18n';
import { profileBase } from '../../profile-base';
import { foldId } from '../../text-hygiene';
import type { ProfileField } from '../define';
import { masterIdWhereToFind, serviceCodeWhereToFind } from './id-help';

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

export const iijProfileFields: ProfileField[] = [
  {
    key: 'masterId',
    label: text('マスターID', 'Master ID'),
    kind: 'id',
    // Seeds 000/001 show the master ID only as ##########: its shape, not an invented sample.
    example: text('半角英数字', 'Letters and digits'),
    whereToFind: masterIdWhereToFind,
  },
  {
    key: 'requesterName',
    label: text('ご依頼者様氏名(運用管理担当者)', 'Requester name (operations manager)'),
    kind: 'text',
    help: text('マスターIDで登録されている運用管理担当者の氏名', 'As registered for the master ID'),
  },
  {
    key: 'serviceCodes',
    label: text('サービスコード', 'Service codes'),
    kind: 'idList',
    example: text('半角英数字で1行に1つ', 'Letters and digits, one per line'),
    whereToFind: serviceCodeWhereToFind,
  },
  {
    key: 'requesterEmail',
    label: text('ご依頼者様メールアドレス', 'Requester mail address'),
    kind: 'email',
    example: mailExample,
  },
];
