import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Where the bench-only page lives inside the built extension. */
export const EMPTY_PAGE_DIR = 'bench-empty-react';

/**
 * Builds the empty React page as WXT builds the popup (Vite, @vitejs/plugin-react, production
 * React, minified) and copies it into the built extension, so it loads from the same origin.
 */
export async function addEmptyReactPage(extensionDir: string): Promise<string> {
  const outDir = join(import.meta.dirname, '../../bench-output/empty-react');
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true },
  });
  const target = join(extensionDir, EMPTY_PAGE_DIR);
  rmSync(target, { recursive: true, force: true });
  cpSync(outDir, target, { recursive: true });
  return `${EMPTY_PAGE_DIR}/index.html`;
}
