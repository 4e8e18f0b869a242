import type { RenderedTicket } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';

/** The exact text the vendor will receive, shown as text (never parsed as HTML). */
export function TextPreview({ rendered, complete }: { rendered?: RenderedTicket; complete: boolean }) {
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{say(text('送信される文面', 'Text the vendor receives'))}</h2>
      {!complete && (
        <p className="notice">
          {say(
            text(
              '入力エラーがあります。直すまで文面は完成していません。',
              'There are errors; the text is not final until they are fixed.',
            ),
          )}
        </p>
      )}
      {rendered ? (
        <>
          {rendered.subject && (
            <p className="preview-subject">
              <span className="muted">{say(text('件名', 'Subject'))}: </span>
              <span data-testid="preview-subject">{rendered.subject}</span>
            </p>
          )}
          <div className="preview-body" data-testid="preview-body" tabIndex={0} aria-label={say(text('本文', 'Body'))}>
            {rendered.body}
          </div>
        </>
      ) : (
        <p className="muted">
          {say(text('入力するとここに文面が表示されます', 'The text appears here as you fill in the form'))}
        </p>
      )}
    </section>
  );
}
