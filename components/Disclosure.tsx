import { Suspense, useState, type ReactNode } from 'react';
import { say, text } from '@/schemas/i18n';

/**
 * A <details> whose content mounts only once it is opened, so a closed section (the capture
 * gallery, the history) costs the popup nothing when it opens. Content may be a React.lazy
 * component: its code then loads on the first opening, not with the page.
 */
export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && (
        <Suspense fallback={<p className="muted">{say(text('読み込み中…', 'Loading…'))}</p>}>{children}</Suspense>
      )}
    </details>
  );
}
