import { useEffect, useState } from 'react';
import { captureFileName } from '@/capture/image';
import { ConfirmButton } from '@/components/ConfirmButton';
import { FillReportView } from '@/components/FillReportView';
import { MailActions } from '@/components/MailActions';
import { pageDeliveryOf } from '@/channels';
import { mailDeliveryOf } from '@/channels/mail';
import type { FillOutcome } from '@/schemas/fill';
import type { FormDefinition, RenderedTicket } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import type { ListedProfile } from '@/schemas/profile';
import { vendorById } from '@/schemas/vendors';
import { addHistory } from '@/storage/history';
import { sendToBackground } from '@/utils/send-message';
import { goToField, MissingCounter } from './MissingCounter';
import { SentQuestion } from './SentQuestion';
import type { DraftSession } from './use-draft-session';

/** "このページに入力": the form's page channel accepts the target tab (the background checks the same). */
function canFillPage(form: FormDefinition, pageUrl: string | undefined, grants: string[]): boolean {
  const page = pageDeliveryOf(form);
  return !!page && page.channel.accepts(pageUrl, { hosts: vendorById(form.vendor)?.hosts ?? [], grants });
}

interface Props {
  draft: DraftSession;
  tabId?: number;
  pageUrl?: string;
  /** Help centers granted in options. */
  grants: string[];
  profile?: ListedProfile;
  /** The newest action's result, shown in the bar where the action was taken. */
  status: string;
  setStatus(status: string): void;
}

const blockedText = text(
  '未入力または誤りのある項目があります。最初の項目へ移動しました。',
  'Some items are missing or wrong. Moved to the first one.',
);

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What can be done with a draft: copy, fill the page, attach a screenshot, discard, mail. */
// eslint-disable-next-line max-lines-per-function -- each action is a few lines beside the button that runs it
export function DeliveryActions({ draft, tabId, pageUrl, grants, profile, status, setStatus }: Props) {
  const [fill, setFill] = useState<FillOutcome>();
  const [historyWarning, setHistoryWarning] = useState<string>();
  const { session, check, captures, missing } = draft;
  const blocking = check?.blocking ?? false;
  // 「未入力…」 goes once the form no longer blocks: it must not outlive the fix.
  useEffect(() => {
    if (!blocking && status === say(blockedText)) setStatus('');
  }, [blocking, status, setStatus]);
  if (!session || !check) return null;
  const form = session.form;

  /**
   * The final actions run only on values without errors. They act on what is on screen: the draft
   * is saved first, but a failed save (shown by DraftStatus) does not stop them.
   */
  async function ready(): Promise<RenderedTicket | undefined> {
    if (!check?.rendered || check.blocking) {
      draft.showAllErrors();
      setStatus(say(blockedText));
      const first = missing[0];
      if (first) goToField(first);
      return undefined;
    }
    await draft.flush();
    return check.rendered;
  }

  /** Records a copy or fill that happened; a failure is a warning beside the result, never a failed action. */
  async function record(action: 'copy' | 'fill', rendered: RenderedTicket) {
    try {
      await addHistory({
        formId: form.id,
        incidentId: session!.incidentId,
        action,
        // A fill is followed by 「送信しましたか?」; a copy is not a send.
        status: action === 'fill' ? 'unanswered' : undefined,
        targetUrl: pageUrl,
        subject: rendered.subject,
        text: rendered.body,
      });
      setHistoryWarning(undefined);
    } catch (error) {
      setHistoryWarning(
        `${say(text('履歴に記録できませんでした', 'Could not record this in the history'))}: ${errorText(error)}`,
      );
    }
  }

  async function copyText() {
    const rendered = await ready();
    if (!rendered) return;
    try {
      await navigator.clipboard.writeText(rendered.body);
    } catch (error) {
      return setStatus(`${say(text('コピーできませんでした', 'Could not copy'))}: ${errorText(error)}`);
    }
    setStatus(say(text('本文をコピーしました', 'Copied the text')));
    await record('copy', rendered);
  }

  async function fillPage(overwrite = false) {
    const rendered = await ready();
    if (!rendered || tabId === undefined) return;
    setStatus(say(text('ページに入力しています…', 'Filling the page…')));
    let outcome: FillOutcome;
    try {
      // What is on screen is what fills, even when saving the draft failed; the background judges the tab.
      // Loaded on the click: the first view carries no message schemas (zod).
      const [{ preparePlan }, { fillStart }] = await Promise.all([
        import('@/channels/prepare-plan'),
        import('@/schemas/fill'),
      ]);
      const prepared = await preparePlan(form, session!.values);
      outcome =
        prepared.kind === 'invalid'
          ? prepared
          : await sendToBackground<FillOutcome>(
              fillStart.parse({ type: 'fill/start', tabId, formId: form.id, overwrite, plan: prepared.plan }),
            );
    } catch (error) {
      return setStatus(`${say(text('ページに入力できませんでした', 'Could not fill the page'))}: ${errorText(error)}`);
    }
    setFill(outcome);
    setStatus(fillSummary(outcome));
    if (outcome.kind === 'report') await record('fill', rendered);
  }

  async function captureTab() {
    if (tabId === undefined) return;
    await draft.flush();
    setStatus(say(text('スクリーンショットを撮っています…', 'Taking a screenshot…')));
    try {
      const { captureVisibleTabMessage } = await import('@/schemas/capture');
      await sendToBackground(
        captureVisibleTabMessage.parse({ type: 'capture/visible-tab', tabId, incidentId: draft.session?.incidentId }),
      );
      setStatus(say(text('スクリーンショットを添付しました', 'Screenshot attached')));
    } catch (error) {
      setStatus(
        `${say(text('スクリーンショットを撮れませんでした', 'Could not take a screenshot'))}: ${errorText(error)}`,
      );
    }
  }

  async function discard() {
    setFill(undefined);
    await draft.discard();
    setStatus(say(text('下書きを破棄しました', 'Draft discarded')));
  }

  const blockedNote = check.blocking ? 'blocking-note' : undefined;
  // Each form gets the actions it can use: an empty mail (Fujitsu) has no text to copy and takes no screenshot.
  const takesText = form.takesText ?? true;
  const takesCaptures = form.fields.some((f) => f.kind === 'captures');
  return (
    <>
      <FillOutcomeView outcome={fill} onReplace={() => void fillPage(true)} onCancel={() => setFill(undefined)} />
      {historyWarning && (
        <p className="notice" role="status">
          {historyWarning}
        </p>
      )}
      <div className="actions">
        <SentQuestion incidentId={session.incidentId} formId={form.id} onAnswered={setStatus} />
        <div className="row">
          <MissingCounter paths={missing} />
          {takesText && (
            <button type="button" className="primary" aria-describedby={blockedNote} onClick={() => void copyText()}>
              {say(text('本文をコピー', 'Copy the text'))}
            </button>
          )}
          {canFillPage(form, pageUrl, grants) && (
            <button type="button" className="primary" aria-describedby={blockedNote} onClick={() => void fillPage()}>
              {say(text('このページに入力', 'Fill this page'))}
            </button>
          )}
          {takesCaptures && (
            <button type="button" onClick={() => void captureTab()} disabled={tabId === undefined}>
              {say(text('スクリーンショットを添付', 'Attach a screenshot'))}
            </button>
          )}
          <ConfirmButton
            key={form.id}
            label={text('下書きを破棄…', 'Discard draft…')}
            group={text('下書きを破棄', 'Discard the draft')}
            confirm={text('破棄する', 'Discard')}
            onConfirm={discard}
          />
        </div>
        {check.blocking && (
          <p id="blocking-note" className="visually-hidden">
            {say(
              text(
                'すべての項目を正しく入力すると、コピー・入力・メール作成ができます',
                'Copy, fill and mail work once every item is filled in correctly',
              ),
            )}
          </p>
        )}
        <p className="status" role="status">
          {status}
        </p>
      </div>
      {mailDeliveryOf(form) && check.rendered && !check.blocking && (
        <MailActions
          form={form}
          incidentId={session.incidentId}
          values={check.parsed}
          rendered={check.rendered}
          profile={profile}
          captures={(captures ?? [])
            .filter((c) => session.captureIds.includes(c.id))
            .map((c) => ({ id: c.id, name: captureFileName(c), type: c.mimeType, blob: c.image }))}
        />
      )}
    </>
  );
}

/** One line for the action bar; the full report is just above it. */
function fillSummary(outcome: FillOutcome): string {
  if (outcome.kind === 'report')
    return outcome.report.complete
      ? say(
          text(
            'ページに入力しました。内容を確認してから送信してください。',
            'Filled the page. Check it, then submit it yourself.',
          ),
        )
      : say(
          text(
            '入力できなかった項目があります(上の入力結果を確認してください)。',
            'Some items could not be filled (see the result above).',
          ),
        );
  if (outcome.kind === 'confirm-overwrite')
    return say(text('置き換えるか選んでください(上)。', 'Choose whether to replace (above).'));
  return say(text('入力できませんでした(理由は上に表示しています)。', 'Could not fill (the reason is shown above).'));
}

/** The fill's result: the read-back report, the question before replacing typed text, or why not. */
function FillOutcomeView({
  outcome,
  onReplace,
  onCancel,
}: {
  outcome?: FillOutcome;
  onReplace(): void;
  onCancel(): void;
}) {
  if (outcome?.kind === 'report')
    return <FillReportView report={outcome.report} clipboard={outcome.clipboard} notice={outcome.notice} />;
  if (outcome?.kind === 'confirm-overwrite') {
    return (
      <div className="notice row" role="alert">
        <span>
          {say(
            text(
              `ページの「${outcome.field}」には入力済みの文章があります。置き換えますか?`,
              `The page's "${outcome.field}" already holds text. Replace it?`,
            ),
          )}
        </span>
        <button type="button" className="danger" onClick={onReplace}>
          {say(text('置き換える', 'Replace'))}
        </button>
        <button type="button" onClick={onCancel}>
          {say(text('やめる', 'Cancel'))}
        </button>
      </div>
    );
  }
  if (outcome?.kind === 'invalid') {
    return (
      <ul className="messages" role="alert">
        {outcome.errors.map((error, i) => (
          <li key={i} className="error">
            {error}
          </li>
        ))}
      </ul>
    );
  }
  return null;
}
