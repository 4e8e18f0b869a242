import { say, text } from '@/schemas/i18n';
import type { FieldProps } from './types';

export function SelectField({ field, id, value, onChange, invalid, describedBy }: FieldProps<string>) {
  return (
    <select
      id={id}
      value={value ?? ''}
      aria-required={field.required}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{say(text('選択してください', 'Choose'))}</option>
      {(field.options ?? []).map((option) => (
        <option key={option.value} value={option.value}>
          {say(option.label)}
        </option>
      ))}
    </select>
  );
}
