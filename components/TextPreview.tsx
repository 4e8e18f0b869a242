import { Fragment, useState } from 'react';
import type { DraftPreview, PreviewLine } from '@/schemas/draft-preview';
import { say, text } from '@/schemas/i18n';

interface Props {
  preview?: DraftPreview;
  /** The draft validates: the preview is exactly what the vendor receives. */
  complete: boolean;
  /** A click on a line goes to the field it shows. */
  onGoTo?(path: string): void;
}

const goToTitle = text('クリックするとこの項目へ移動します', 'Click to go to this item');

function Line({ line, onGoTo }: { line: PreviewLine; onGoTo?(path: string): void }) {
  const { path } = line;
  const className = [line.missing ? 'missing' : '', path && onGoTo ? 'linked' : ''].filter(Boolean).join(' ');
  return (
    <span
      className={className || undefined}
      data-field={path}
      title={path && onGoTo ? say(goToTitle) : undefined}
      onClick={path && onGoTo ? () => onGoTo(path) : undefined}
    >
      {line.text}
    </span>
  );
}

/**
 * The vendor text as it stands, shown as text (never parsed as HTML), from the first keystroke:
 * missing items read 「( 未入力 )」 until they are filled.
 */
export function TextPreview({ preview, complete, onGoTo }: Props) {
  const [expanded, setExpanded] = useState(false);
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <div className="row preview-head">
        <h2 id="preview-heading">{say(text('送信される文面', 'Text the vendor receives'))}</h2>
        {preview && preview.lines.length > 0 && (
          <button type="button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? say(text('縮める', 'Collapse')) : say(text('全体を表示', 'Show all'))}
          </button>
        )}
      </div>
      {!complete && (
        <p className="notice">
          {say(
            text(
              '「( 未入力 )」の項目を入力すると文面が完成します。完成するまでコピー・入力・メール作成はできません。',
              'The text is complete once the items marked "( 未入力 )" are filled in; until then it cannot be copied, filled or mailed.',
            ),
          )}
        </p>
      )}
      {preview ? (
        <>
          {preview.subject && (
            <p className="preview-subject">
              <span className="muted">{say(text('件名', 'Subject'))}: </span>
              <span data-testid="preview-subject">
                <Line line={preview.subject} onGoTo={onGoTo} />
              </span>
            </p>
          )}
          {preview.lines.length > 0 && (
            <div
              className={expanded ? 'preview-body expanded' : 'preview-body'}
              data-testid="preview-body"
              tabIndex={0}
              aria-label={say(text('本文', 'Body'))}
            >
              {preview.lines.map((line, i) => (
                <Fragment key={i}>
                  {i > 0 && '\n'}
                  <Line line={line} onGoTo={onGoTo} />
                </Fragment>
              ))}
            </div>
          )}
        </>
      ) : (
        <p className="muted">
          {say(text('この入力からは文面を作れません', 'No text can be made from this input yet'))}
        </p>
      )}
    </section>
  );
}
