import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension, ROOT } from './build';
import { buildZendeskFixture } from '../fixtures/zendesk-form/build';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
    shippedExtensionDir: string;
  }
}

/** Builds the test build and the shipped build for this project's browser, each in a folder of this run. */
export default async function setup(project: TestProject) {
  await buildZendeskFixture();
  const browser = project.name === 'firefox' ? 'firefox' : 'chrome';
  const runDir = resolve(ROOT, `.output/e2e-run-${process.pid}-${browser}`);
  project.provide('extensionDir', buildExtension({ e2e: true, outDir: `${runDir}/test`, browser }));
  project.provide('shippedExtensionDir', buildExtension({ e2e: false, outDir: `${runDir}/shipped`, browser }));
  return () => rmSync(runDir, { recursive: true, force: true });
}
