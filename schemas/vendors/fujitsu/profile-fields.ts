import { text } from '../../i18n';
import { mailExample } from '../../mail-example';
import type { ProfileField } from '../define';
import { serviceAdminIdWhereToFind, supportDeskAddressSource } from './support-desk';

/** How the options page draws this vendor's profile, and how errors name its fields (no schema: no zod). */
export const fujitsuProfileFields: ProfileField[] = [
  {
    key: 'serviceAdminId',
    label: text('サービス管理者ID(8桁)', 'Service admin ID (8 digits)'),
    kind: 'id',
    // Seed 004, 5.1 (詳細①): the page shows 「サービス管理者ID: 53175710」.
    example: text('例: 53175710', 'e.g. 53175710'),
    whereToFind: serviceAdminIdWhereToFind,
  },
  {
    key: 'registeredEmail',
    label: text('登録済み利用者のメールアドレス', 'Registered user mail address'),
    kind: 'email',
    example: mailExample,
    help: text('未登録のアドレスからのメールは破棄されます', 'Mail from an unregistered address is discarded'),
  },
  {
    key: 'ccEmails',
    label: text('CC(回答を受け取る方)', 'CC (everyone who must receive the answers)'),
    kind: 'mailList',
    optional: true,
    example: mailExample,
    help: text('1行に1アドレス', 'One address per line'),
  },
  {
    key: 'supportDeskEmail',
    label: text('SupportDesk のメールアドレス', 'SupportDesk mail address'),
    kind: 'email',
    help: supportDeskAddressSource,
  },
];
