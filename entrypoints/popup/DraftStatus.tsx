import { say, text } from '@/schemas/i18n';
import type { DraftSession } from './use-draft-session';

/**
 * Where the draft stands: saving, saved, not saved (with a retry; what is on screen still copies
 * and fills), or changed by another editor (choose whose text to keep; nothing is overwritten
 * without asking).
 */
export function DraftStatus({ draft }: { draft: DraftSession }) {
  const { draftState, saveError, conflict, draftNotice } = draft;
  const notice =
    draftNotice === 'restored'
      ? text(
          '前回保存できなかった入力内容を復元しました。',
          'Restored what you typed last time, which could not be saved.',
        )
      : draftNotice === 'changed-elsewhere'
        ? text(
            'この下書きは別の画面で変更されました。最新の内容を表示しています。',
            'This draft was changed in another window. Showing the latest version.',
          )
        : draftNotice === 'deleted-elsewhere'
          ? text(
              'この下書きは別の画面で削除されました。表示中の内容は、編集すると新しい下書きとして保存されます。',
              'This draft was deleted in another window. What is shown is saved as a new draft when you edit it.',
            )
          : undefined;
  return (
    <>
      {draftState === 'failed' ? (
        <div className="error draft-state row" role="alert" data-state="failed">
          <span>
            {say(text('下書きを保存できませんでした', 'Could not save the draft'))}
            {saveError ? `(${saveError})` : ''}
            {say(text('。表示中の内容でコピー・入力はできます。', '. You can still copy or fill what is shown.'))}
          </span>
          <button type="button" onClick={() => void draft.retrySave()}>
            {say(text('もう一度保存', 'Save again'))}
          </button>
        </div>
      ) : draftState === 'conflict' ? (
        <div className="notice draft-state row" role="alert" data-state="conflict">
          <span>
            {say(
              conflict?.current
                ? text(
                    'この下書きは別の画面(ポップアップまたは設定)で変更されました。どちらの内容を残しますか?',
                    'This draft was changed in another window (popup or options). Which version do you keep?',
                  )
                : text(
                    'この下書きは別の画面で削除されました。表示中の内容を保存しますか?',
                    'This draft was deleted in another window. Save what is shown?',
                  ),
            )}
          </span>
          <button type="button" onClick={() => void draft.keepMine()}>
            {say(text('この画面の内容を保存', 'Keep this window’s text'))}
          </button>
          <button type="button" onClick={() => draft.takeTheirs()}>
            {say(text('別の画面の内容を表示', 'Show the other version'))}
          </button>
        </div>
      ) : (
        draftState && (
          <p className="muted draft-state" data-state={draftState}>
            {draftState === 'saved'
              ? say(text('下書きは保存済みです', 'Draft saved'))
              : say(text('下書きを保存中…', 'Saving the draft…'))}
          </p>
        )
      )}
      {notice && (
        <p className="notice" role="status">
          {say(notice)}
        </p>
      )}
    </>
  );
}
