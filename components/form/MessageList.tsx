import { say, text } from '@/schemas/i18n';
import type { Values } from '@/schemas/paths';
import type { FormMessage } from './validate';

const levelText = {
  error: text('エラー', 'Error'),
  warning: text('注意', 'Warning'),
  hint: text('ヒント', 'Hint'),
};

/** Errors, warnings and hints; a rule's fix is offered as a button. */
export function MessageList({
  id,
  messages,
  onApplyFix,
}: {
  id?: string;
  messages: FormMessage[];
  onApplyFix: (apply: (values: Values) => Values) => void;
}) {
  return (
    <ul id={id} className="messages">
      {messages.map((message, i) => (
        <li key={i} className={message.level}>
          <span className="visually-hidden">{say(levelText[message.level])}: </span>
          {message.text}
          {message.fix && (
            <button type="button" onClick={() => onApplyFix(message.fix!.apply)}>
              {say(message.fix.label)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
