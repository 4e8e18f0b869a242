/**
 * The main job: builds the extension, launches Chromium with it (headed when a display exists,
 * headless otherwise) against local copies of the vendors' pages, walks through what a user does,
 * and leaves screenshots and outputs in demo-output/ (or the folder given as the first argument).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { buildExtension, ROOT } from '../tests/e2e/build';
import { launchWithExtension, type ExtensionSession } from './chromium-session';
import { startFixtureServer, type FixtureServer } from '../tests/fixtures/server';
import { buildZendeskFixture } from '../tests/fixtures/zendesk-form/build';
import { IDP_HOST, SP_HOST, ssoSites, type SsoSites } from '../tests/fixtures/sso/sites';

export interface DemoContext {
  session: ExtensionSession;
  server: FixtureServer;
  /** The fixture IdP and SP (sp.example.co.jp, example.auth.iij.jp) for the SSO trace. */
  sso: SsoSites;
  outDir: string;
  /** Saves a file in the output folder and lists it in the summary. */
  save(name: string, data: string | Buffer): string;
  /** Saves a file the extension let the user download (.eml, capture images). */
  saveDownload(name: string, download: Download): Promise<string>;
  note(line: string): void;
}

const outDir = resolve(process.argv[2] ?? resolve(ROOT, 'demo-output'));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const summary: string[] = [];

async function main() {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  console.log(`Building the extension (test build: the demo captures tabs without a toolbar click)…`);
  // The demo's own build folder: the README points at .output/chrome-mv3 for loading by hand.
  const extensionDir = buildExtension({ e2e: true, outDir: '.output/demo' });
  await buildZendeskFixture();
  const server = await startFixtureServer();
  const sso = await ssoSites();
  server.routes.unshift(sso.route);
  const session = await launchWithExtension(extensionDir, {
    httpsPort: server.port,
    headless,
    extraHosts: [SP_HOST, IDP_HOST],
  });
  const ctx: DemoContext = {
    session,
    server,
    sso,
    outDir,
    save(name, data) {
      const path = resolve(outDir, name);
      writeFileSync(path, data);
      summary.push(`  ${name}`);
      return path;
    },
    async saveDownload(name, download) {
      const path = resolve(outDir, name);
      await download.saveAs(path);
      summary.push(`  ${name}`);
      return path;
    },
    note(line) {
      console.log(`• ${line}`);
    },
  };
  try {
    for (const step of await loadSteps()) {
      console.log(`\n== ${step.title}`);
      await step.run(ctx);
    }
  } finally {
    await session.close();
    await server.close();
  }
  writeFileSync(
    resolve(outDir, 'SUMMARY.txt'),
    `Outputs of npm run demo (${new Date().toISOString()}):\n${summary.join('\n')}\n`,
  );
  console.log(`\nDone. Screenshots and outputs are in ${outDir}:\n${summary.join('\n')}`);
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<void>;
}

async function loadSteps(): Promise<DemoStep[]> {
  const { steps } = await import('./steps');
  return steps;
}

export function sampleProfilesFile(): string {
  return readFileSync(resolve(ROOT, 'demo/sample-profiles.json'), 'utf8');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
