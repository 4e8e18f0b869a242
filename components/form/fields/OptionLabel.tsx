import type { FieldOption } from '@/schemas/form-definition';
import { say } from '@/schemas/i18n';

export function OptionLabel({ option }: { option: FieldOption }) {
  return (
    <span>
      {say(option.label)}
      {option.help && <span className="help"> — {say(option.help)}</span>}
    </span>
  );
}
