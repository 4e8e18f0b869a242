import type { FieldDef, PrefillContext } from '../../form-definition';
import { text } from '../../i18n';
import { supportDeskAddressSource } from '../../vendors/fujitsu/support-desk';
import type { FujitsuEmptyMailInput } from './schema';

const mailSection = text('空メール', 'Empty mail');
const registrationSection = text('利用者登録の内容(プロファイル)', 'Registration (from the profile)');

export const fields: FieldDef[] = [
  {
    path: 'receptionNumber',
    kind: 'text',
    label: text('受付番号', 'Reception number'),
    help: text(
      '電話対応でお知らせする受付番号。メールの件名(Subject)になります。全角で入力しても半角に直します',
      'The reception number SupportDesk gives you on the phone. It becomes the mail subject. Full-width characters are converted',
    ),
    required: true,
    section: mailSection,
  },
  {
    path: 'supportDeskEmail',
    kind: 'email',
    label: text('宛先(SupportDesk)', 'To (SupportDesk)'),
    help: supportDeskAddressSource,
    required: true,
    section: mailSection,
  },
  {
    path: 'sender',
    kind: 'email',
    label: text('送信元', 'From'),
    help: text(
      'メールでのお問い合わせはアドレスで認証します。未登録者からのメールは全て破棄されます。メールアプリでこのアドレスから送信してください',
      'SupportDesk authenticates mail by its address and discards all mail from unregistered senders. Send it from this address in your mail app',
    ),
    required: true,
    section: mailSection,
  },
  {
    path: 'cc',
    kind: 'mailList',
    label: text('CC(回答を受け取る方)', 'CC (everyone who must receive the answers)'),
    help: text(
      'サポートからのメール受信が必要な方を空メールの同報者(CC)として設定ください。SupportDesk はこのメールに全返信します',
      'Put everyone who must receive SupportDesk’s mail in CC: SupportDesk answers by replying to all',
    ),
    section: mailSection,
  },
  {
    path: 'serviceAdminId',
    kind: 'text',
    label: text('サービス管理者ID(8桁)', 'Service admin ID (8 digits)'),
    help: text(
      'メールには書きません(空メールです)。電話受付で必要になります。照合できないと受付保留になります',
      'Not written into the mail (it is an empty mail); you need it on the phone. An ID that does not match puts the mail on hold',
    ),
    required: true,
    section: registrationSection,
  },
  {
    path: 'registeredEmail',
    kind: 'email',
    label: text('登録済み利用者のメールアドレス', 'Registered user mail address'),
    help: text(
      'SupportDesk に利用者登録したアドレス。送信元はこのアドレスでなければなりません',
      'The address registered as a SupportDesk user; the mail must come from it',
    ),
    required: true,
    section: registrationSection,
  },
];

/** Everything but the reception number comes from the Fujitsu profile. */
export function defaults(ctx: PrefillContext): FujitsuEmptyMailInput {
  const profile = ctx.profile?.vendor === 'fujitsu' ? ctx.profile : undefined;
  return {
    receptionNumber: '',
    supportDeskEmail: profile?.supportDeskEmail ?? '',
    sender: profile?.registeredEmail ?? '',
    cc: profile?.ccEmails ?? [],
    serviceAdminId: profile?.serviceAdminId ?? '',
    registeredEmail: profile?.registeredEmail ?? '',
  };
}
