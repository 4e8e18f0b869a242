import { useLive } from '@/storage/live';
import { say, text } from '@/schemas/i18n';
import { answerSent, unansweredSend } from '@/storage/history';

const actionDone = {
  fill: text('ページに入力しました', 'The page was filled'),
  mailto: text('メールを作成しました', 'The mail was opened'),
  eml: text('.eml を保存しました', 'The .eml was saved'),
  copy: text('本文をコピーしました', 'The text was copied'),
};

/**
 * 「送信しましたか?」 after a fill or a mail of this draft, also when the popup is opened again
 * later (the answer is what history keeps, and what the incident header shows as 送信済み).
 */
export function SentQuestion({
  incidentId,
  formId,
  onAnswered,
}: {
  incidentId: string;
  formId: string;
  onAnswered(message: string): void;
}) {
  const pending = useLive(() => unansweredSend(incidentId, formId), [incidentId, formId]);
  if (!pending?.id) return null;
  const id = pending.id;
  async function answer(sent: boolean) {
    await answerSent(id, sent);
    onAnswered(
      sent
        ? say(text('送信済みにしました', 'Marked as sent'))
        : say(text('未送信のままにしました', 'Left as not sent')),
    );
  }
  return (
    <div className="sent-question row" role="group" aria-labelledby="sent-question">
      <span id="sent-question">
        {say(actionDone[pending.action])}。<strong>{say(text('送信しましたか?', 'Did you send it?'))}</strong>
      </span>
      <button type="button" className="primary" onClick={() => void answer(true)}>
        {say(text('送信した', 'Sent'))}
      </button>
      <button type="button" onClick={() => void answer(false)}>
        {say(text('まだ', 'Not yet'))}
      </button>
    </div>
  );
}
