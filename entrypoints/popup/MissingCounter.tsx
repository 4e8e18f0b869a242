import { useEffect, useRef } from 'react';
import { say, text } from '@/schemas/i18n';

/** The field of `path` in the popup's form (SchemaForm marks each with data-path). */
function fieldElement(path: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`section.form [data-path="${CSS.escape(path)}"]`);
}

/** Brings a field into view and puts the cursor in it. */
export function goToField(path: string): void {
  const field = fieldElement(path);
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  // The input itself, not the 「?」 help button before it; a button only when the field is one (a picker).
  const input =
    field.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select') ??
    field.querySelector<HTMLElement>('button:not(.help-toggle)');
  input?.focus({ preventScroll: true });
}

const pathOf = (element: EventTarget | null) =>
  ((element as Element | null)?.closest?.('[data-path]') as HTMLElement | null)?.dataset.path;

/**
 * 「未入力・要修正 N件 ▸次へ」: how many items still need the user, and a walk through them in
 * the form's order, starting after the one being edited.
 */
export function MissingCounter({ paths }: { paths: string[] }) {
  // The field last edited or visited: pressing the button moves the focus to the button itself.
  const lastField = useRef<string>(undefined);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const path = pathOf(event.target);
      if (path) lastField.current = path;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  if (paths.length === 0) {
    return (
      <span className="missing-counter done">
        {say(text('必要な項目はすべて入力済みです', 'Everything needed is filled in'))}
      </span>
    );
  }
  function next() {
    const current = pathOf(document.activeElement) ?? lastField.current;
    const at = current ? paths.indexOf(current) : -1;
    goToField(paths[(at + 1) % paths.length]!);
  }
  return (
    <span className="missing-counter row">
      <span data-testid="missing-count">
        {say(text(`未入力・要修正 ${paths.length}件`, `${paths.length} to fill or fix`))}
      </span>
      <button type="button" onClick={next}>
        {say(text('▸次へ', '▸Next'))}
      </button>
    </span>
  );
}
