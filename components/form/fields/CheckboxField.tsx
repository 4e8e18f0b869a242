import { say } from '@/schemas/i18n';
import type { FieldProps } from './types';

/** Labels itself: the box comes first, as on paper forms. */
export function CheckboxField({ field, id, value, onChange, invalid, describedBy }: FieldProps<boolean>) {
  return (
    <label className="choice" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={value ?? false}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="label">{say(field.label)}</span>
    </label>
  );
}
