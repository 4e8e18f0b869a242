import { momentText } from '@/components/moment';
import { say, text } from '@/schemas/i18n';
import type { FieldProps } from './types';

/** Which of the draft's screenshots go along as attachments. */
export function CapturesField({ id, value, onChange, captures = [] }: FieldProps<string[]>) {
  if (captures.length === 0)
    return (
      <p id={id} className="muted">
        {say(text('スクリーンショットはまだありません', 'No screenshots yet'))}
      </p>
    );
  const chosen = new Set(value ?? []);
  return captures.map((capture, index) => (
    <label className="choice" key={capture.id}>
      <input
        id={index === 0 ? id : undefined}
        type="checkbox"
        checked={chosen.has(capture.id)}
        onChange={(e) =>
          onChange(e.target.checked ? [...chosen, capture.id] : [...chosen].filter((c) => c !== capture.id))
        }
      />
      <span>
        {capture.title || say(text('スクリーンショット', 'Screenshot'))}{' '}
        <span className="help">{momentText(capture.createdAt)}</span>
      </span>
    </label>
  ));
}
