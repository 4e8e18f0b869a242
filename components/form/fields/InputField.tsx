import { say } from '@/schemas/i18n';
import type { FieldProps } from './types';

/** A one-line input; text, email and the date kinds differ only in `type`. */
export function InputField({
  field,
  id,
  value,
  onChange,
  invalid,
  describedBy,
  type,
  min,
}: FieldProps<string> & { type: string; min?: string }) {
  return (
    <input
      id={id}
      type={type}
      min={min}
      value={value ?? ''}
      placeholder={field.placeholder && say(field.placeholder)}
      required={field.required}
      aria-required={field.required}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
