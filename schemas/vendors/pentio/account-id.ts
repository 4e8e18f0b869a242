import * as z from '../../zod-mini';
import { tr } from '../../i18n';
import { foldWidth } from '../../text-hygiene';

/**
 * The OneLogin Account ID: digits, full-width folded (１２３４５ → 12345). The profile and the
 * request form share it; zod/mini because profiles load at the popup's start.
 */
export const oneLoginAccountIdDigits = z.pipe(
  z.pipe(z.string(), z.transform(foldWidth)),
  z.string().check(
    z.regex(/^\d*$/, {
      error: tr('OneLogin Account ID は数字で入力してください', 'The OneLogin Account ID is digits'),
    }),
  ),
);
