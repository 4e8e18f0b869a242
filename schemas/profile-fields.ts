import { text, type Text } from './i18n';
import type { VendorId } from './vendors';

/** How the options page draws a profile's fields, and how errors name them. */
export interface ProfileField {
  key: string;
  label: Text;
  kind: 'text' | 'email' | 'list' | 'mailList' | 'accountType';
  help?: Text;
  optional?: boolean;
}

export const profileFields: Record<VendorId, ProfileField[]> = {
  iij: [
    { key: 'masterId', label: text('マスターID', 'Master ID'), kind: 'text', help: text('サービスコードの運用管理担当者のマスターID', "The service code's operations manager master ID") },
    { key: 'requesterName', label: text('ご依頼者様氏名(運用管理担当者)', 'Requester name (operations manager)'), kind: 'text', help: text('マスターIDで登録されている運用管理担当者の氏名', 'As registered for the master ID') },
    { key: 'serviceCodes', label: text('サービスコード', 'Service codes'), kind: 'list', help: text('1行に1つ', 'One per line') },
    { key: 'requesterEmail', label: text('ご依頼者様メールアドレス', 'Requester mail address'), kind: 'email' },
  ],
  pentio: [
    { key: 'accountType', label: text('ログインアカウントの種類', 'Login account type'), kind: 'accountType' },
    { key: 'personalEmail', label: text('個人メールアドレス(CC用)', 'Personal mail address (for CC)'), kind: 'email', optional: true, help: text('共有アカウントでログインする場合は必須', 'Required with a shared login') },
    { key: 'groupEmail', label: text('グループアドレス', 'Group address'), kind: 'email', optional: true, help: text('個人アカウントの場合、CCに入れるとチームで回答を共有できます', 'With a personal login, CC it to share answers with the team') },
    { key: 'oneLoginAccountId', label: text('OneLogin Account ID', 'OneLogin Account ID'), kind: 'text', optional: true },
  ],
  fujitsu: [
    { key: 'serviceAdminId', label: text('サービス管理者ID(8桁)', 'Service admin ID (8 digits)'), kind: 'text' },
    { key: 'registeredEmail', label: text('登録済み利用者のメールアドレス', 'Registered user mail address'), kind: 'email', help: text('未登録のアドレスからのメールは破棄されます', 'Mail from an unregistered address is discarded') },
    { key: 'ccEmails', label: text('CC(回答を受け取る方)', 'CC (everyone who must receive the answers)'), kind: 'mailList', optional: true, help: text('1行に1アドレス', 'One address per line') },
    { key: 'supportDeskEmail', label: text('SupportDesk のメールアドレス', 'SupportDesk mail address'), kind: 'email' },
  ],
};

export const profileNameLabel = text('プロファイル名', 'Profile name');

/** The label of a profile field by key, for error messages ("3件目 · マスターID: ..."). */
export function profileFieldLabel(vendor: string, key: string): Text | undefined {
  if (key === 'name') return profileNameLabel;
  if (key === 'vendor') return text('ベンダー', 'Vendor');
  return profileFields[vendor as VendorId]?.find((f) => f.key === key)?.label;
}
