import * as z from '../../zod-mini';
import { mailExample, optionalMailAddress } from '../../mail-address';
import { text, tr } from '../../i18n';
import { profileBase } from '../../profile-base';
import type { ProfileField } from '../define';
import { oneLoginAccountIdDigits, oneLoginAccountIdWhereToFind } from './account-id';

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

export const pentioProfileFields: ProfileField[] = [
  { key: 'accountType', label: text('ログインアカウントの種類', 'Login account type'), kind: 'accountType' },
  {
    key: 'personalEmail',
    label: text('個人メールアドレス(CC用)', 'Personal mail address (for CC)'),
    kind: 'email',
    example: mailExample,
    optional: true,
    help: text('共有アカウントでログインする場合は必須', 'Required with a shared login'),
  },
  {
    key: 'groupEmail',
    label: text('グループアドレス', 'Group address'),
    kind: 'email',
    example: mailExample,
    optional: true,
    help: text(
      '個人アカウントの場合、CCに入れるとチームで回答を共有できます',
      'With a personal login, CC it to share answers with the team',
    ),
  },
  {
    key: 'oneLoginAccountId',
    label: text('OneLogin Account ID', 'OneLogin Account ID'),
    kind: 'id',
    optional: true,
    example: text('数字のみ', 'Digits only'),
    whereToFind: oneLoginAccountIdWhereToFind,
  },
];
