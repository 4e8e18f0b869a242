import * as z from '../../zod-mini';
import { optionalMailAddress } from '../../mail-address';
import { tr } from '../../i18n';
import { profileBase } from '../../profile-base';
import { oneLoginAccountIdDigits } from './account-id';

export const pentioProfileSchema = z
  .object({
    ...profileBase,
    vendor: z.literal('pentio'),
    accountType: z.enum(['shared', 'personal'], {
      error: tr('ログインアカウントの種類を選んでください', 'Choose the login account type'),
    }),
    personalEmail: optionalMailAddress,
    groupEmail: optionalMailAddress,
    oneLoginAccountId: z.optional(oneLoginAccountIdDigits),
  })
  .check(
    z.superRefine((p, ctx) => {
      // Pentio: a ticket from a shared/group login must CC the person asking.
      if (p.accountType === 'shared' && !p.personalEmail) {
        ctx.addIssue({
          code: 'custom',
          path: ['personalEmail'],
          message: tr(
            '共有アカウント(グループアドレスなど)でログインする場合、ご担当者様個人のメールアドレスが必須です(CCに入ります)',
            'With a shared (group) login, your personal mail address is required (it goes to CC)',
          )(),
        });
      }
    }),
  );
export type PentioProfile = z.infer<typeof pentioProfileSchema>;
