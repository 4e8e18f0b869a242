import { OptionLabel } from './OptionLabel';
import type { FieldProps } from './types';

/** One of the options; the group is a fieldset, so the legend names it. */
export function RadioField({ field, id, value, onChange }: FieldProps<string>) {
  return (field.options ?? []).map((option, index) => (
    <label className="choice" key={option.value}>
      <input
        id={index === 0 ? id : undefined}
        type="radio"
        name={id}
        value={option.value}
        checked={value === option.value}
        onChange={() => onChange(option.value)}
      />
      <OptionLabel option={option} />
    </label>
  ));
}
