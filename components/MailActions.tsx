import { useState } from 'react';
import { downloadBlob } from '@/utils/download';
import type { MailAttachment } from '@/mail/eml';
import { MAILTO_MAX_LENGTH, fitsMailto, mailtoUrl } from '@/mail/mailto';
import { recordMail } from '@/mail/record';
import { mailDeliveryOf } from '@/channels/mail';
import type { FormDefinition, MailAcceptance, MailMessage, RenderedTicket } from '@/schemas/form-definition';
import { say, text, type Text } from '@/schemas/i18n';
import type { Profile } from '@/schemas/profile';
import './MailActions.css';

export interface MailActionsProps {
  form: FormDefinition;
  /** The incident the mail reports: history links the mail to it (「送信しましたか?」). */
  incidentId?: string;
  /** The form's parsed values (schema output). */
  values: unknown;
  rendered: RenderedTicket;
  profile?: Profile;
  /** The draft's captures. One with an id goes only when the mail lists it; one without always goes. */
  captures: (MailAttachment & { id?: string })[];
}

/** How the recipient will take this mail, with the row it falls in marked. */
function AcceptanceTable({ acceptance }: { acceptance: MailAcceptance }) {
  return (
    <section className="acceptance" aria-labelledby="acceptance-heading">
      <h3 id="acceptance-heading">{say(acceptance.title)}</h3>
      <p className={`acceptance-result ${acceptance.outcome.tone}`} data-testid="acceptance-result">
        <strong>{say(acceptance.outcome.decision)}</strong>: {say(acceptance.outcome.behaviour)}
      </p>
      {acceptance.warning && (
        <p className="notice" role="note">
          {say(acceptance.warning)}
        </p>
      )}
      <table className="acceptance-matrix">
        <thead>
          <tr>
            {acceptance.columns.map((column) => (
              <th key={column.ja} scope="col">
                {say(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {acceptance.rows.map((row, index) => (
            <tr key={index} aria-current={row.current ? 'true' : undefined}>
              {row.cells.map((cell, column) => (
                <td key={column}>{say(cell)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Who the mail goes to, and where to find the address when the form cannot know it. */
function Recipients({ message, whereToFindTo }: { message: MailMessage; whereToFindTo?: Text }) {
  const from = message.from;
  return (
    <dl className="mail-recipients">
      <dt>{say(text('宛先', 'To'))}</dt>
      {message.to.length > 0 ? (
        <dd>{message.to.join(', ')}</dd>
      ) : (
        <dd className="notice">
          {say(text('(空欄)', '(empty)'))} {whereToFindTo && say(whereToFindTo)}
        </dd>
      )}
      {message.cc.length > 0 && (
        <>
          <dt>CC</dt>
          <dd>{message.cc.join(', ')}</dd>
        </>
      )}
      {from && (
        <>
          <dt>{say(text('送信元', 'From'))}</dt>
          <dd>{from}</dd>
        </>
      )}
      <dt>{say(text('件名', 'Subject'))}</dt>
      <dd>{message.subject}</dd>
    </dl>
  );
}

/** "Open in my mail app" and "Download .eml" for a form delivered by mail. */

export function MailActions({ form, incidentId, values, rendered, profile, captures }: MailActionsProps) {
  const [status, setStatus] = useState('');
  const delivery = mailDeliveryOf(form);
  if (!delivery) return null;
  const message: MailMessage = delivery.toMail(values, rendered, profile);
  const attachments = captures.filter((c) => c.id === undefined || message.attachments.includes(c.id));
  const url = mailtoUrl(message);
  const fits = fitsMailto(url);
  const from = message.from;

  const record = (action: 'mailto' | 'eml') => recordMail({ formId: form.id, incidentId }, action, message);

  async function downloadEml() {
    if (!from) return;
    // The MIME library (≈20 KB gzip) loads only when an .eml is asked for: the popup opens fast.
    const { emlBlob, emlFileName } = await import('@/mail/eml');
    downloadBlob(await emlBlob({ ...message, from }, attachments), emlFileName(new Date()));
    await record('eml');
    setStatus(
      say(
        text(
          '.eml をダウンロードしました。メールアプリで開いて送信してください',
          'The .eml is downloaded: open it in your mail app and send it',
        ),
      ),
    );
  }

  return (
    <section className="mail-actions" aria-labelledby="mail-actions-heading">
      <h2 id="mail-actions-heading">{say(text('メールで送る', 'Send by mail'))}</h2>
      <Recipients message={message} whereToFindTo={delivery.whereToFindTo} />
      {delivery.acceptance && <AcceptanceTable acceptance={delivery.acceptance(values)} />}
      <div className="row">
        {fits ? (
          <a className="button" href={url} onClick={() => void record('mailto')}>
            {say(text('メールアプリで開く', 'Open in my mail app'))}
          </a>
        ) : (
          <button type="button" disabled aria-describedby="mailto-too-long">
            {say(text('メールアプリで開く', 'Open in my mail app'))}
          </button>
        )}
        <button
          type="button"
          className={fits ? undefined : 'primary'}
          disabled={!from}
          aria-describedby={from ? undefined : 'eml-no-sender'}
          onClick={() => void downloadEml()}
        >
          {say(text('.eml をダウンロード', 'Download .eml'))}
        </button>
      </div>
      {!fits && (
        <p id="mailto-too-long" className="notice">
          {say(
            text(
              `本文が長いため、メールアプリに渡すと途中で切れるおそれがあります(URL ${url.length.toLocaleString()} 文字、上限 ${MAILTO_MAX_LENGTH.toLocaleString()} 文字)。.eml をダウンロードして開いてください`,
              `The text is too long to hand to a mail app safely: it could be cut (URL of ${url.length.toLocaleString()} characters, limit ${MAILTO_MAX_LENGTH.toLocaleString()}). Download the .eml and open it instead`,
            ),
          )}
        </p>
      )}
      {fits && attachments.length > 0 && (
        <p className="muted">
          {say(
            text(
              `メールアプリで開く場合、添付ファイル(${attachments.length}件)は付きません。添付するには .eml を使ってください`,
              `Opening in the mail app cannot carry the ${attachments.length} attachment(s); use the .eml to include them`,
            ),
          )}
        </p>
      )}
      {!from && (
        <p id="eml-no-sender" className="error">
          {say(
            text(
              '送信元のアドレスがないため .eml を作れません。プロファイルを選んでください',
              'No sender address, so no .eml can be made: choose a profile',
            ),
          )}
        </p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
