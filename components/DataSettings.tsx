import { momentText } from '@/components/moment';
import { useEffect, useState, type FormEvent } from 'react';
import { useLive } from '@/storage/live';
import * as z from '@/schemas/zod-mini';
import { say, text } from '@/schemas/i18n';
import { formEntryById } from '@/schemas/catalog';
import { deleteAllData } from '@/storage/all-data';
import { discardDraft, listDrafts } from '@/storage/drafts';
import { removeExpiredHistory } from '@/storage/history';
import { getSetting, setSetting } from '@/storage/settings';
import { ConfirmButton } from './ConfirmButton';

/** The drafts kept in this browser, each deletable after a confirmation. */
function DraftList() {
  const drafts = useLive(() => listDrafts(), []);
  if (!drafts) return null;
  if (drafts.length === 0) return <p className="muted">{say(text('下書きはありません', 'No drafts'))}</p>;
  return (
    <ul className="draft-list">
      {drafts.map((draft) => {
        const title = formEntryById(draft.formId)?.title;
        const name = title ? say(title) : draft.formId;
        return (
          <li key={draft.id} className="row">
            <strong>{name}</strong>
            <span className="muted">
              {say(text('更新', 'Updated'))} {momentText(draft.updatedAt)}
            </span>
            <ConfirmButton
              label={text(`「${name}」の下書きを削除…`, `Delete the “${name}” draft…`)}
              group={text(`「${name}」の下書きを削除`, `Delete the “${name}” draft`)}
              confirm={text('削除する', 'Delete')}
              onConfirm={() => discardDraft(draft.formId, draft.incidentId)}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** How long history is kept; older rows are removed when saved and once a day. */
function HistoryRetention() {
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  useEffect(() => void getSetting('history.retentionDays').then((d) => setDays(String(d))), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await setSetting('history.retentionDays', days.trim() === '' ? Number.NaN : Number(days));
    } catch (failure) {
      setMessage({
        error: true,
        text: failure instanceof z.core.$ZodError ? (failure.issues[0]?.message ?? '') : String(failure),
      });
      return;
    }
    const removed = await removeExpiredHistory();
    setMessage({
      error: false,
      text: say(text(`保存しました(古い履歴 ${removed} 件を削除)`, `Saved (${removed} older entries removed)`)),
    });
  }

  return (
    <form className="field" onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor="history-retention-days">{say(text('履歴の保存期間(日)', 'Keep history for (days)'))}</label>
      <div className="row">
        <input
          id="history-retention-days"
          type="number"
          min={1}
          max={3650}
          value={days}
          aria-invalid={message?.error ? true : undefined}
          aria-describedby="history-retention-help"
          onChange={(event) => setDays(event.currentTarget.value)}
          style={{ width: '8em' }}
        />
        <button type="submit">{say(text('保存', 'Save'))}</button>
      </div>
      <span
        id="history-retention-help"
        className={message?.error ? 'error' : 'help'}
        role={message ? 'status' : undefined}
      >
        {message?.text ??
          say(
            text(
              '履歴には送った本文・ページのURL・IDが含まれます。これより古い履歴は自動的に削除されます。',
              'History holds the texts you sent, page URLs and IDs. Older entries are removed automatically.',
            ),
          )}
      </span>
    </form>
  );
}

/** Options: what this browser keeps — drafts, history retention, and deleting everything. */
export function DataSettings() {
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="data-settings-heading">
      <h2 id="data-settings-heading">{say(text('保存されているデータ', 'Stored data'))}</h2>
      <h3>{say(text('下書き', 'Drafts'))}</h3>
      <DraftList />
      <HistoryRetention />
      <div className="field">
        <ConfirmButton
          label={text('すべてのデータを削除…', 'Delete all data…')}
          group={text('すべてのデータを削除', 'Delete all data')}
          question={text(
            'プロファイル・下書き・スクリーンショット・履歴・設定をすべて削除します。元に戻せません。よろしいですか?',
            'This deletes every profile, draft, screenshot, history entry and setting. It cannot be undone. Continue?',
          )}
          confirm={text('すべて削除する', 'Delete everything')}
          onConfirm={async () => {
            await deleteAllData();
            setStatus(say(text('すべてのデータを削除しました', 'All data deleted')));
          }}
        />
      </div>
      <p role="status" aria-live="polite" className="ok">
        {status}
      </p>
    </section>
  );
}
