import { OptionLabel } from './OptionLabel';
import type { FieldProps } from './types';

/** Several of the options (rendered ■/□ in the vendor text); the value lists the checked ones in option order. */
export function CheckboxGroupField({ field, id, value, onChange }: FieldProps<string[]>) {
  const checked = new Set(value ?? []);
  const options = field.options ?? [];
  return options.map((option, index) => (
    <label className="choice" key={option.value}>
      <input
        id={index === 0 ? id : undefined}
        type="checkbox"
        checked={checked.has(option.value)}
        onChange={(e) => {
          if (e.target.checked) checked.add(option.value);
          else checked.delete(option.value);
          onChange(options.map((o) => o.value).filter((v) => checked.has(v)));
        }}
      />
      <OptionLabel option={option} />
    </label>
  ));
}
