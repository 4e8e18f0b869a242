/**
 * Chrome lets an extension call tabs.captureVisibleTab at most twice a second and rejects the
 * rest. Captures go through this queue: one at a time, each started at least `spacingMs` after
 * the previous one, so rapid clicks all land instead of failing.
 */
export interface SpacedQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks waiting or running. */
  readonly pending: number;
}

export function createSpacedQueue(spacingMs: number): SpacedQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail
        .then(async () => {
          const wait = lastStart + spacingMs - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          lastStart = Date.now();
          return task();
        })
        .finally(() => {
          pending--;
        });
      // A failed task must not block the ones queued behind it.
      tail = result.catch(() => undefined);
      return result;
    },
    get pending() {
      return pending;
    },
  };
}
