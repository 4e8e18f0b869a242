import { text } from '../../i18n';
import { mailExample } from '../../mail-example';
import type { ProfileField } from '../define';
import { oneLoginAccountIdWhereToFind } from './account-id-help';

/** How the options page draws this vendor's profile, and how errors name its fields (no schema: no zod). */
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
