import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension(inject('extensionDir'));
});
afterAll(async () => {
  await session?.close();
});

const goodFile = {
  format: 'support-ticket-helper/profiles',
  version: 1,
  profiles: [
    {
      id: 'imp-1',
      vendor: 'fujitsu',
      name: '富士通 保守窓口',
      serviceAdminId: '53175710',
      registeredEmail: 'yamada@example.jp',
      ccEmails: ['team@example.jp'],
      supportDeskEmail: 'supportdesk@example.com',
      isDefault: true,
    },
    {
      id: 'imp-2',
      vendor: 'pentio',
      name: 'OneLogin 共有',
      accountType: 'shared',
      personalEmail: 'yamada@example.jp',
      groupEmail: 'it@example.jp',
    },
  ],
};

async function importFile(page: import('./page').Page, name: string, content: string) {
  await page
    .getByLabel('ファイルからインポート:')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('options page: profiles', () => {
  it('creates an IIJ profile with Japanese validation, and it survives a reload', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'IIJ IDサービス のプロファイルを追加' }).click();
    const editor = page.getByRole('form', { name: '新しいプロファイル' });
    await editor.getByLabel('プロファイル名').fill('本社 IIJ');
    await editor.getByLabel('マスターID').fill('IIJ1234567');
    await editor.getByLabel('ご依頼者様氏名(運用管理担当者)').fill('山田 太郎');
    await editor.getByLabel('サービスコード').fill('iid00001\niid00002');
    await editor.getByLabel('ご依頼者様メールアドレス').fill('yamada');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => editor.getByRole('alert').textContent())
      .toBe('メールアドレス形式(例:iij-taro@example.jp)で入力してください');

    await editor.getByLabel('ご依頼者様メールアドレス').fill('yamada@example.jp');
    await editor.getByRole('button', { name: '保存' }).click();
    // The save is asynchronous: reload only once the list shows it, or the reload may cut it off.
    await page.getByRole('listitem', { name: '本社 IIJ' }).waitFor();
    await page.reload();
    const card = page.getByRole('listitem', { name: '本社 IIJ' });
    await expect.poll(() => card.textContent()).toContain('IIJ1234567');
    await expect.poll(() => card.textContent()).toContain('iid00001, iid00002');
    await page.screenshot({ path: join(process.env.E2E_ARTIFACTS ?? '/tmp', 'options-profile.png') });
    await page.close();
  });

  it('rejects a partly invalid import, names the entry and field, and changes nothing', async () => {
    const page = await session.openExtensionPage('options.html');
    const profiles = page.getByRole('region', { name: 'プロファイル' });
    await profiles.getByRole('listitem', { name: '本社 IIJ' }).waitFor();
    const before = await profiles.getByRole('listitem').allTextContents();
    const bad = structuredClone(goodFile);
    bad.profiles[1]!.personalEmail = '';
    bad.profiles[0]!.serviceAdminId = '5317571';
    await importFile(page, 'bad.json', JSON.stringify(bad));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('このファイルは取り込めません');
    await expect
      .poll(() => alert.textContent())
      .toContain('1件目「富士通 保守窓口」 · サービス管理者ID(8桁): サービス管理者IDは8桁の数字です');
    await expect.poll(() => alert.textContent()).toContain('2件目「OneLogin 共有」 · 個人メールアドレス(CC用)');
    await importFile(page, 'broken.json', '{"format": "support-ticket-helper/profiles", ');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('JSON として読めないファイルです');
    await page.reload();
    await profiles.getByRole('listitem', { name: '本社 IIJ' }).waitFor();
    expect(await profiles.getByRole('listitem').allTextContents()).toEqual(before);
    await page.close();
  });

  it('previews a good import, then applies it', async () => {
    const page = await session.openExtensionPage('options.html');
    await importFile(page, 'good.json', JSON.stringify(goodFile));
    const preview = page.getByLabel('インポートの内容');
    await expect.poll(() => preview.textContent()).toContain('追加 2件・置き換え 0件');
    await expect.poll(() => preview.textContent()).toContain('追加: 富士通 保守窓口');
    await preview.getByRole('button', { name: '取り込む' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '取り込みました' }).textContent())
      .toBe('2件のプロファイルを取り込みました');
    await page.reload();
    await expect
      .poll(() => page.getByRole('listitem', { name: '富士通 保守窓口' }).textContent())
      .toContain('53175710');
    await expect
      .poll(() => page.getByRole('listitem', { name: 'OneLogin 共有' }).textContent())
      .toContain('共有アカウント');
    await page.close();
  });

  it('deletes with undo', async () => {
    const page = await session.openExtensionPage('options.html');
    const card = page.getByRole('listitem', { name: 'OneLogin 共有' });
    await card.getByRole('button', { name: '削除' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await page.getByRole('button', { name: '元に戻す' }).click();
    await expect
      .poll(() => page.getByRole('listitem', { name: 'OneLogin 共有' }).textContent())
      .toContain('yamada@example.jp');
    await page.close();
  });
});

describe('options page: other Zendesk help centers', () => {
  it('lists none on a fresh install: the manifest hosts and content-script matches are not "granted help centers"', async () => {
    const page = await session.openExtensionPage('options.html');
    const section = page.getByRole('region', { name: 'ほかの Zendesk ヘルプセンター' });
    await section.getByRole('button', { name: '許可する' }).waitFor();
    // Chromium's permissions.getAll() lists the content-script match pattern of Pentio's page too;
    // Firefox lists the manifest's hosts. Neither is a help center the user granted.
    expect(await session.worker.evaluate(async () => (await chrome.permissions.getAll()).origins)).toContain(
      session.browserName === 'firefox'
        ? 'https://support.onelogin.jp/*'
        : 'https://support.onelogin.jp/hc/*/requests/new*',
    );
    expect(await section.getByRole('button', { name: '許可を取り消す' }).count()).toBe(0);
    await page.close();
  });
});

describe('shipped manifest', () => {
  it('asks for no <all_urls>, loads no remote code and has no unsafe-eval', () => {
    const manifest = JSON.parse(readFileSync(join(inject('shippedExtensionDir'), 'manifest.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://help.iij.ad.jp/*',
      'https://support.onelogin.jp/*',
    ]);
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|https?:/);
  });
});
