import type { RenderedTicket } from '../../form-definition';
import type { FujitsuEmptyMailValues } from './schema';

/**
 * Seed 004, 空メール送付機能: "電話対応でお知らせする受付番号をSubjectに入力してメールを送付".
 * The subject is the reception number and nothing else; the body is empty; investigation
 * material goes through SupportDesk-Web's upload function, never with this mail.
 */
export function render(values: FujitsuEmptyMailValues): RenderedTicket {
  return { subject: values.receptionNumber, body: '', attachments: [] };
}
