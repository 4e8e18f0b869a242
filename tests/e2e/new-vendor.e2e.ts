import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './browser';
import { BROWSER, launchWithExtension } from './browser';
import { ROOT } from './build';
import { openPopupFor } from './helpers';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';

/**
 * Adding a vendor is adding one folder and one registry line. This copies the project, adds a
 * fictional second Zendesk help center (tests/fixtures/new-vendor/acme → schemas/vendors/acme)
 * and its line in schemas/vendors/index.ts — nothing else — then type-checks, builds and runs it.
 */
const REGISTRY = 'schemas/vendors/index.ts';
const REQUEST_PAGE = 'https://example.zendesk.com/hc/en-us/requests/new';

function projectWithNewVendor(): string {
  const copy = mkdtempSync(join(tmpdir(), 'sth-new-vendor-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  cpSync(resolve(ROOT, 'tests/fixtures/new-vendor/acme'), join(copy, 'schemas/vendors/acme'), { recursive: true });
  const registry = readFileSync(join(copy, REGISTRY), 'utf8');
  const withLine = registry
    .replace("import { pentio } from './pentio';", "import { pentio } from './pentio';\nimport { acme } from './acme';")
    .replace('[iij, pentio, fujitsu]', '[iij, pentio, fujitsu, acme]');
  expect(withLine).not.toBe(registry);
  writeFileSync(join(copy, REGISTRY), withLine);
  return copy;
}

describe('a new vendor is one folder and one registry line', () => {
  let project: string;
  let extensionDir: string;
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    project = projectWithNewVendor();
    execFileSync('npx', ['wxt', 'prepare'], { cwd: project, stdio: 'pipe' });
    const browser = BROWSER === 'firefox' ? 'firefox' : 'chrome';
    extensionDir = join(project, `.output/${browser}-mv3`);
    execFileSync('npx', ['wxt', 'build', '-b', browser], {
      cwd: project,
      stdio: 'pipe',
      env: { ...process.env, E2E_BUILD: '', WXT_OUT_DIR: '.output' },
    });
    server = await startFixtureServer();
    session = await launchWithExtension(extensionDir, { httpsPort: server.port });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('type-checks without any other edit', () => {
    expect(() => execFileSync('npx', ['tsc', '--noEmit'], { cwd: project, stdio: 'pipe' })).not.toThrow();
  }, 180_000);

  it('reaches the built manifest: host permission, content-script match, managed-storage schema', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toContain('https://example.zendesk.com/*');
    const zendesk = manifest.content_scripts.find((entry: { js: string[] }) =>
      entry.js.includes('content-scripts/zendesk.js'),
    );
    expect(zendesk.matches).toContain('https://example.zendesk.com/hc/*/requests/new*');
    const managed = JSON.parse(readFileSync(join(extensionDir, 'managed_schema.json'), 'utf8'));
    expect(managed.properties.profiles.items.properties.vendor.enum).toContain('acme');
    expect(managed.properties.profiles.items.properties.contractNumber).toEqual({ type: 'string' });
  });

  it("offers the vendor's profile in options, its form in the popup, and fills its help center", async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'ACME ヘルプセンター のプロファイルを追加' }).click();
    const editor = options.getByRole('form', { name: '新しいプロファイル' });
    await editor.getByLabel('プロファイル名').fill('ACME 本社');
    // Its ID field's example and 「どこで確認できますか?」 come from its own declaration.
    expect(await editor.getByLabel('契約番号').getAttribute('placeholder')).toBe('例: AC-1234');
    await editor.getByRole('button', { name: 'どこで確認できますか? (契約番号)' }).click();
    await editor.getByText(/ACME からの契約書の右上/).waitFor();
    await editor.getByLabel('契約番号').fill('AC-12');
    await editor.getByLabel('連絡先メールアドレス').fill('it@example.jp');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toBe('契約番号は AC-0000 の形です');
    await editor.getByLabel('契約番号').fill('AC-1234');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.getByText('AC-1234').count()).toBe(1);

    const { popup, target } = await openPopupFor(session, REQUEST_PAGE);
    expect(await popup.locator('#form-picker').inputValue()).toBe('acme-request');
    expect(await popup.locator('#form-picker optgroup[label="ACME ヘルプセンター"] option').allTextContents()).toEqual([
      'ACME サポートリクエスト',
    ]);
    await popup.getByLabel('件名').fill('SSO でログインできない');
    await popup.getByLabel('詳細').fill('エラー画面が出ます');
    await expect.poll(() => popup.locator('.draft-state[data-state="saved"]').count()).toBe(1);
    await popup.getByRole('button', { name: 'このページに入力' }).click();
    await expect
      .poll(() => target.locator('input[name="request[subject]"]').inputValue())
      .toBe('SSO でログインできない');
  });
});
