import { say } from '@/schemas/i18n';
import type { FieldProps } from './types';

export function MultilineField({ field, id, value, onChange, invalid, describedBy }: FieldProps<string>) {
  return (
    <textarea
      id={id}
      rows={4}
      value={value ?? ''}
      placeholder={field.placeholder && say(field.placeholder)}
      aria-required={field.required}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
