import * as z from '../../zod-mini';
import { tr } from '../../i18n';
import { foldWidth } from '../../text-hygiene';

/**
 * What SupportDesk knows the customer by (seed 004): the 8-digit service admin ID. Full-width
 * digits (５３１７５７１０) are folded, as for the reception number. The profile and the empty-mail
 * form share it; zod/mini because profiles load at the popup's start.
 */
export const serviceAdminId = z.pipe(
  z.pipe(
    z.string({ error: tr('サービス管理者IDを入力してください', 'Enter the service admin ID') }),
    z.transform(foldWidth),
  ),
  z
    .string()
    .check(
      z.regex(/^\d{8}$/, { error: tr('サービス管理者IDは8桁の数字です', 'The service admin ID is exactly 8 digits') }),
    ),
);
