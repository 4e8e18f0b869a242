import { z } from '../../zod';
import { mailAddress, requiredMailAddress } from '../../mail-address';
import { serviceAdminId } from '../../vendors/fujitsu/service-admin-id';
import { supportDeskAddressSource } from '../../vendors/fujitsu/support-desk';
import { tr } from '../../i18n';

/**
 * The reception number SupportDesk reads out on the phone. Seed 004 gives no format, so accept
 * what such numbers are made of — letters, digits and hyphens — after folding full-width
 * characters (people type what they hear with a Japanese IME: "１２３４－ＡＢ") and trimming.
 * Spaces and other marks are refused: the number must match the case exactly to be found.
 */
export const receptionNumber = z
  .string({ error: tr('受付番号を入力してください', 'Enter the reception number') })
  .transform((value) => value.normalize('NFKC').trim())
  .pipe(
    z
      .string()
      .min(1, {
        error: tr(
          '電話でお知らせした受付番号を入力してください(件名になります)',
          'Enter the reception number given on the phone (it becomes the subject)',
        ),
      })
      .max(40, { error: tr('受付番号は40文字以内です', 'The reception number is at most 40 characters') })
      // `*`: an empty number gets only the "required" message above.
      .regex(/^[A-Za-z0-9-]*$/, {
        error: tr(
          '受付番号は半角英数字とハイフンで入力してください',
          'The reception number is letters, digits and hyphens',
        ),
      }),
  );

export const fujitsuEmptyMailSchema = z.object({
  receptionNumber,
  /**
   * To: the SupportDesk address from the profile. Seed 004 gives no address: it is the one the
   * recovery-period site's 空メール送付機能 opens its mail template with.
   */
  supportDeskEmail: requiredMailAddress(
    tr(
      `宛先(SupportDesk のメールアドレス)がありません。${supportDeskAddressSource.ja}`,
      `No SupportDesk address. ${supportDeskAddressSource.en}`,
    ),
  ),
  /** From: the address the user sends from; SupportDesk authenticates mail by it. */
  sender: requiredMailAddress(
    tr(
      '送信元(SupportDesk に利用者登録したメールアドレス)を入力してください',
      'Enter the sender: the address registered as a SupportDesk user',
    ),
  ),
  /** Everyone who must receive SupportDesk's answers (it replies to all). */
  cc: z.array(mailAddress).default([]),
  /**
   * Kept with the mail, not written into it: seed 004 defines the mail as empty (subject = the
   * reception number, "純粋なメール起動処理"), and the ID was already given and checked on the
   * phone call that produced the reception number. It is here so the user has it at hand and the
   * acceptance check (②サービス管理者ID照合) can be shown.
   */
  serviceAdminId,
  /** The registered user's address, from the profile: what `sender` must equal. */
  registeredEmail: requiredMailAddress(
    tr(
      'SupportDesk に利用者登録したメールアドレスを入力してください(富士通のプロファイルに登録しておくと毎回入ります)',
      'Enter the mail address registered as a SupportDesk user (set it in the Fujitsu profile to have it filled in)',
    ),
  ),
});

export type FujitsuEmptyMailInput = z.input<typeof fujitsuEmptyMailSchema>;
export type FujitsuEmptyMailValues = z.output<typeof fujitsuEmptyMailSchema>;
