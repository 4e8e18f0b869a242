import { text } from '../../i18n';

// What the extension tells the user about SupportDesk (seed 004); no schema, so profiles' fields load without zod.

/** Where the SupportDesk address comes from (seed 004, 5.1 個別機能サイト ① 空メール送付機能). */
export const supportDeskAddressSource = text(
  'SupportDesk のリカバリー期間専用サイト(https://eservice.fujitsu.com/supportdesk-web/)の「対応内容をメールで受けとる(空メール)」が開くメール雛型の宛先を、富士通のプロファイルに登録してください',
  'Use the address of the mail template that 「対応内容をメールで受けとる(空メール)」 opens on SupportDesk’s recovery-period site (https://eservice.fujitsu.com/supportdesk-web/), and save it in the Fujitsu profile',
);

/** Where the service admin ID is shown (seed 004, 5.1 詳細①), with the seed's own sample ID. */
export const serviceAdminIdWhereToFind = text(
  'SupportDesk-Web(リカバリー期間専用サイト、https://eservice.fujitsu.com/supportdesk-web/)の「サービス責任者情報の参照・更新」で開く「お客様登録情報」に「サービス管理者ID: 53175710」の形で表示されます。このページを開くにはサービス管理者IDとパスワードが必要です。わからない場合は、社内で SupportDesk の契約を管理している方に確認してください。',
  'SupportDesk-Web (the recovery-period site, https://eservice.fujitsu.com/supportdesk-web/) shows it on 「お客様登録情報」, opened from 「サービス責任者情報の参照・更新」, as 「サービス管理者ID: 53175710」. Opening that page takes the service admin ID and its password. If you do not know it, ask the person in your company who manages the SupportDesk contract.',
);
