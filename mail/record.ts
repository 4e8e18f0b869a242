import type { MailMessage } from '@/schemas/form-definition';
import { addHistory } from '@/storage/history';

/**
 * Records a produced mail in history: form, time, recipients, subject and text — never the
 * attachments' contents (captures may hold personal data and stay in the captures table).
 */
export async function recordMail(
  draft: { formId: string; incidentId?: string },
  action: 'mailto' | 'eml',
  message: MailMessage,
): Promise<void> {
  await addHistory({
    ...draft,
    action,
    // The popup asks whether the mail went out (「送信しましたか?」).
    status: 'unanswered',
    subject: message.subject,
    text: message.body,
    recipients: [...message.to, ...message.cc],
  });
}
