import { momentText } from '@/components/moment';
import { useLive } from '@/storage/live';
import { say, text } from '@/schemas/i18n';
import { formEntryById } from '@/schemas/catalog';
import type { HistoryRow } from '@/storage/schema';
import { clearHistory, deleteHistory, listHistory } from '@/storage/history';
import { ConfirmButton } from './ConfirmButton';

const actionNames: Record<HistoryRow['action'], ReturnType<typeof text>> = {
  copy: text('コピー', 'Copied'),
  fill: text('ページに入力', 'Filled the page'),
  mailto: text('メール作成', 'Mail opened'),
  eml: text('.eml 保存', '.eml saved'),
};

/** What was copied, filled or mailed: viewable and deletable (popup and options). */
export function HistoryList() {
  const rows = useLive(() => listHistory(), []);
  if (!rows) return null;
  if (rows.length === 0) return <p className="muted">{say(text('履歴はまだありません', 'No history yet'))}</p>;
  return (
    <div className="history">
      <ul className="history-list">
        {rows.map((row) => {
          const title = formEntryById(row.formId)?.title;
          const when = momentText(row.at);
          return (
            <li key={row.id} className="history-row">
              <div className="row">
                <strong>{title ? say(title) : row.formId}</strong>
                <span className="badge">{say(actionNames[row.action])}</span>
                {row.status === 'sent' && <span className="badge">{say(text('送信済み', 'Sent'))}</span>}
                <span className="muted">{when}</span>
                <ConfirmButton
                  label={text('削除…', 'Delete…')}
                  name={text(
                    `削除: ${title ? title.ja : row.formId} ${when}`,
                    `Delete: ${title ? title.en : row.formId} ${when}`,
                  )}
                  group={text(
                    `履歴を削除: ${title ? title.ja : row.formId} ${when}`,
                    `Delete history: ${title ? title.en : row.formId} ${when}`,
                  )}
                  confirm={text('削除する', 'Delete')}
                  onConfirm={() => deleteHistory(row.id!)}
                />
              </div>
              {row.targetUrl && <div className="muted url">{row.targetUrl}</div>}
              {row.recipients?.length ? <div className="muted">{row.recipients.join(', ')}</div> : null}
              <details>
                <summary>{row.subject || say(text('本文', 'Text'))}</summary>
                <div className="preview-body">{row.text}</div>
              </details>
            </li>
          );
        })}
      </ul>
      <ConfirmButton
        label={text('履歴をすべて削除…', 'Delete all history…')}
        group={text('履歴をすべて削除', 'Delete all history')}
        question={text('履歴をすべて削除しますか?', 'Delete all history?')}
        confirm={text('すべて削除', 'Delete all')}
        onConfirm={clearHistory}
      />
    </div>
  );
}
