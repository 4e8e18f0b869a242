/**
 * The budgets of issue #17, in one place: sizes are checked by `npm test` (tests/size-budgets.ts,
 * sizes are deterministic), timings are printed beside their measurement by `npm run bench`.
 */

/** Gzip KB (1,024 bytes) an entry point may load at start: its scripts, their static imports, its stylesheets. */
export function sizeBudgetKb(entrypoint: string): number {
  if (entrypoint === 'popup') return 110;
  if (entrypoint === 'options') return 130;
  if (entrypoint === 'background') return 60;
  if (entrypoint.startsWith('content: ')) return 10;
  throw new Error(`no size budget for ${entrypoint}`);
}

/** How many times slower than its reference a timing may be, measured in the same run. */
export const ratioBudgets = {
  popupFirstView: 1.3,
  popupInteractive: 1.5,
  capture: 1.5,
} as const;

/** "ratio 1.18× (budget ≤ 1.3×)", with OVER BUDGET when it is above. */
export function ratioAgainstBudget(ratio: number, budget: number): string {
  return `ratio ${ratio.toFixed(2)}× (budget ≤ ${budget}×)${ratio > budget ? ' OVER BUDGET' : ''}`;
}

/** "95.1 KB gzip (budget ≤ 110 KB)", with OVER BUDGET when it is above. */
export function sizeAgainstBudget(gzipBytes: number, entrypoint: string): string {
  const budget = sizeBudgetKb(entrypoint);
  const kb = gzipBytes / 1024;
  return `${kb.toFixed(1)} KB gzip (budget ≤ ${budget} KB)${kb > budget ? ' OVER BUDGET' : ''}`;
}
