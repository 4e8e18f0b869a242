import { useEffect, useState } from 'react';
import { database, type Database } from './db';

/**
 * A Dexie live query as a React hook: `undefined` until its first answer, then a new answer after
 * every change to what the query read. Unlike dexie-react-hooks it imports Dexie only when it
 * runs, so a page's first view does not wait for the database code (storage/db.ts).
 * While the dependencies change, the last answer stays until the new one arrives. No query (nothing
 * to watch yet, such as before the popup has opened a draft) answers undefined and loads nothing:
 * Dexie then loads after the first view instead of competing with it.
 */
export function useLive<T>(
  query: ((db: Database) => Promise<T> | T) | undefined,
  deps: readonly unknown[],
): T | undefined {
  const [answer, setAnswer] = useState<{ value: T } | { error: unknown }>();
  useEffect(() => {
    if (!query) return;
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    void Promise.all([database(), import('dexie')]).then(
      ([db, { liveQuery }]) => {
        if (stopped) return;
        subscription = liveQuery(() => query(db)).subscribe({
          next: (value) => setAnswer({ value }),
          error: (error: unknown) => setAnswer({ error }),
        });
      },
      (error: unknown) => setAnswer({ error }),
    );
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query depends on
  }, deps);
  // A failed read reaches the nearest error boundary, as a failed render would.
  if (answer && 'error' in answer) throw answer.error;
  return query ? answer?.value : undefined;
}
