import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the extension into its own folder. `e2e` adds the test-only <all_urls> grant (headless
 * browsers cannot grant activeTab) and the context-menu hook; the shipped build has neither.
 */
export function buildExtension(options: {
  e2e: boolean;
  outDir: string;
  browser?: 'chrome' | 'firefox';
  grantedOrigins?: string[];
}): string {
  // By default, for the browser this test run drives (vitest.e2e.config.ts sets E2E_BROWSER).
  const browser = options.browser ?? (process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chrome');
  const outDir = resolve(ROOT, options.outDir);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      E2E_BUILD: options.e2e ? '1' : '',
      E2E_GRANTED_ORIGINS: (options.grantedOrigins ?? []).join(','),
      WXT_OUT_DIR: outDir,
    },
  });
  const dir = resolve(outDir, `${browser}-mv3`);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`build produced no manifest in ${dir}`);
  return dir;
}
