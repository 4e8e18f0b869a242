import { text } from '../../i18n';
import { mailExample } from '../../mail-example';
import type { ProfileField } from '../define';
import { masterIdWhereToFind, serviceCodeWhereToFind } from './id-help';

/** How the options page draws this vendor's profile, and how errors name its fields (no schema: no zod). */
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
