// Builds the production extension for Chromium and Firefox into temporary folders, prints each
// entry point's gzip size against its budget (bench/budgets.ts), and fails when one loads more at
// start than its budget. Sizes are deterministic, so this is a test; timings are only measured by
// `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sizeAgainstBudget, sizeBudgetKb } from '../bench/budgets';
import { entrypointSizes } from '../bench/sizes';

const out = mkdtempSync(join(tmpdir(), 'sth-sizes-'));
let over = 0;
try {
  for (const browser of ['chrome', 'firefox']) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WXT_OUT_DIR: out, E2E_BUILD: '', E2E_GRANTED_ORIGINS: '' },
    });
    for (const entry of entrypointSizes(join(out, `${browser}-mv3`)).entrypoints) {
      const within = entry.gzip <= sizeBudgetKb(entry.name) * 1024;
      if (!within) over++;
      console.log(`${within ? 'ok  ' : 'FAIL'} ${browser} ${entry.name}: ${sizeAgainstBudget(entry.gzip, entry.name)}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (over > 0) {
  console.error(`${over} entry point(s) over their gzip budget`);
  process.exit(1);
}
