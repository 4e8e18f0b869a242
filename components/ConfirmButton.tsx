import { useState } from 'react';
import { say, text, type Text } from '@/schemas/i18n';

interface Props {
  /** The first button, e.g. 「下書きを破棄…」. */
  label: Text;
  /** The first button's accessible name when its label alone is ambiguous (one per row). */
  name?: Text;
  /** Names the confirmation group, e.g. 「下書きを破棄」. */
  group: Text;
  question?: Text;
  confirm: Text;
  onConfirm: () => unknown;
}

/** A destructive action asked twice: the button, then confirm / cancel in its place. */
export function ConfirmButton({ label, name, group, question, confirm, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={name ? say(name) : undefined} onClick={() => setAsking(true)}>
        {say(label)}
      </button>
    );
  }
  return (
    <span className="row" role="group" aria-label={say(group)}>
      {question && <span>{say(question)}</span>}
      <button
        type="button"
        className="danger"
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {say(confirm)}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {say(text('やめる', 'Cancel'))}
      </button>
    </span>
  );
}
