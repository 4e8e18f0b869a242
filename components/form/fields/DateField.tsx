import { say, text } from '@/schemas/i18n';
import { describeJstDate } from '@/schemas/jst';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/**
 * 'YYYY-MM-DD', the shape of <input type="date">. A vendor's earliest date is the picker's `min`
 * (its calendar starts there, earlier days cannot be picked), said in words with the reason.
 */
export function DateField(props: FieldProps<string>) {
  const { earliest, id, value, onChange, describedBy } = props;
  if (!earliest) return <InputField {...props} type="date" />;
  const noteId = `${id}-earliest`;
  return (
    <>
      <InputField
        {...props}
        type="date"
        min={earliest.date}
        describedBy={[noteId, describedBy].filter(Boolean).join(' ')}
      />
      <div id={noteId} className="help earliest row">
        <span>
          {say(
            text(
              `${describeJstDate(earliest.date, 'ja')}から選べます。`,
              `Earliest: ${describeJstDate(earliest.date, 'en')}. `,
            ),
          )}
          {say(earliest.why)}
        </span>
        {value !== earliest.date && (
          <button type="button" className="link" onClick={() => onChange(earliest.date)}>
            {say(text('最短の日にする', 'Use the earliest date'))}
          </button>
        )}
      </div>
    </>
  );
}
