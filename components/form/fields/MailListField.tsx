import { useState } from 'react';
import { say, text } from '@/schemas/i18n';
import { sameValue } from '../same-value';
import type { FieldProps } from './types';

/** Addresses one per line or separated by commas; the text the user types is kept as typed. */
export function parseMailList(typed: string): string[] {
  return typed
    .split(/[\n,、;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

export function MailListField({ field, id, value, onChange, invalid, describedBy }: FieldProps<string[]>) {
  const addresses = value ?? [];
  const [typed, setTyped] = useState(addresses.join('\n'));
  // A value set from outside (profile, fix, discard) replaces what is shown.
  const shown = sameValue(parseMailList(typed), addresses) ? typed : addresses.join('\n');
  return (
    <textarea
      id={id}
      rows={2}
      value={shown}
      placeholder={field.placeholder ? say(field.placeholder) : say(text('1行に1アドレス', 'One address per line'))}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange(parseMailList(e.target.value));
      }}
    />
  );
}
