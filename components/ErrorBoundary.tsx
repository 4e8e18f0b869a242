import { Component, type ReactNode } from 'react';
import { say, text } from '@/schemas/i18n';
import { listDrafts } from '@/storage/drafts';
import { readRescue } from '@/storage/draft-rescue';

/**
 * Whatever throws while rendering, the page does not go blank: it says what went wrong, and the
 * user can still copy every draft's text (stored, or kept after a failed save) and reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error; copied?: boolean }> {
  override state: { error?: Error; copied?: boolean } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private async copyDrafts() {
    const stored = await listDrafts().catch(() => []);
    const drafts = stored.map((draft) => readRescue(draft.formId, draft.incidentId) ?? draft);
    await navigator.clipboard.writeText(
      JSON.stringify(
        drafts.map(({ formId, values }) => ({ formId, values })),
        null,
        2,
      ),
    );
    this.setState({ copied: true });
  }

  override render() {
    const { error, copied } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="error-boundary" role="alert">
        <h1>{say(text('表示中に問題が起きました', 'Something went wrong'))}</h1>
        <p>{error.message}</p>
        <p>
          {say(
            text(
              '下書きは保存されたままです。下書きの内容をコピーしてから、再読み込みしてください。',
              'Your drafts are kept. Copy them, then reload.',
            ),
          )}
        </p>
        <button type="button" onClick={() => void this.copyDrafts()}>
          {say(text('下書きの内容をコピー', 'Copy the drafts'))}
        </button>
        <button type="button" onClick={() => location.reload()}>
          {say(text('再読み込み', 'Reload'))}
        </button>
        {copied && <p role="status">{say(text('コピーしました', 'Copied'))}</p>}
      </main>
    );
  }
}
