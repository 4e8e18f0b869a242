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
  const outDir = resolve(ROOT, options.outDir);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build', '-b', options.browser ?? 'chrome'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      E2E_BUILD: options.e2e ? '1' : '',
      E2E_GRANTED_ORIGINS: (options.grantedOrigins ?? []).join(','),
      WXT_OUT_DIR: outDir,
    },
  });
  const dir = resolve(outDir, options.browser === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`build produced no manifest in ${dir}`);
  return dir;
}
