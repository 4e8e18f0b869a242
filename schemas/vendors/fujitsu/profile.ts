import { z } from 'zod';
import { mailAddress, mailList } from '../../common';
import { serviceAdminId, supportDeskAddressSource } from '../../forms/fujitsu-empty-mail/schema';
import { text } from '../../i18n';
import { profileBase } from '../../profile-base';
import type { ProfileField } from '../define';

export const fujitsuProfileSchema = z.object({
  ...profileBase,
  vendor: z.literal('fujitsu'),
  serviceAdminId,
  registeredEmail: mailAddress,
  ccEmails: mailList.default([]),
  supportDeskEmail: mailAddress,
});
export type FujitsuProfile = z.infer<typeof fujitsuProfileSchema>;

export const fujitsuProfileFields: ProfileField[] = [
  { key: 'serviceAdminId', label: text('サービス管理者ID(8桁)', 'Service admin ID (8 digits)'), kind: 'text' },
  {
    key: 'registeredEmail',
    label: text('登録済み利用者のメールアドレス', 'Registered user mail address'),
    kind: 'email',
    help: text('未登録のアドレスからのメールは破棄されます', 'Mail from an unregistered address is discarded'),
  },
  {
    key: 'ccEmails',
    label: text('CC(回答を受け取る方)', 'CC (everyone who must receive the answers)'),
    kind: 'mailList',
    optional: true,
    help: text('1行に1アドレス', 'One address per line'),
  },
  {
    key: 'supportDeskEmail',
    label: text('SupportDesk のメールアドレス', 'SupportDesk mail address'),
    kind: 'email',
    help: supportDeskAddressSource,
  },
];
