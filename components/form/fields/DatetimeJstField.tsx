import { say, text } from '@/schemas/i18n';
import { toJstMinute } from '@/schemas/jst';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** JST wall clock to the minute; "now" fills Japanese time whatever the user's own time zone. */
export function DatetimeJstField(props: FieldProps<string>) {
  return (
    <div className="row nowrap">
      <InputField {...props} type="datetime-local" />
      <span className="muted">JST</span>
      <button type="button" onClick={() => props.onChange(toJstMinute(new Date()))}>
        {say(text('現在時刻', 'Now'))}
      </button>
    </div>
  );
}
