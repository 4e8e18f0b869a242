import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content mounts only once it is opened, so a closed section (the capture
 * gallery, the history) costs the popup nothing when it opens.
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
      {opened && children}
    </details>
  );
}
