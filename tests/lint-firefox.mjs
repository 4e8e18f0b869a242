// Builds the Firefox package into its own folder and fails when web-ext lint reports any error.
// Warnings are printed: the known ones are zod's `Function('')` capability probe and react-dom's innerHTML.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'sth-firefox-'));
try {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: 'inherit',
    env: { ...process.env, WXT_OUT_DIR: out, E2E_BUILD: '' },
  });
  let report;
  try {
    report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(out, 'firefox-mv3'), '--output', 'json'], {
      encoding: 'utf8',
    });
  } catch (error) {
    report = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
  }
  const result = JSON.parse(report);
  for (const m of [...result.errors, ...result.warnings])
    console.log(`${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
  console.log('web-ext lint summary:', result.summary);
  if (result.summary.errors > 0) process.exit(1);
} finally {
  rmSync(out, { recursive: true, force: true });
}
