import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';
import { readStore } from './helpers';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension(inject('extensionDir'));
});
afterAll(async () => {
  await session?.close();
});

describe('options page: a profile ID says where to find it and takes full-width input', () => {
  it('Fujitsu: 「どこで確認できますか?」 names seed 004’s page; ５３１７５７１０ typed with an IME is saved as 53175710', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('button', { name: '富士通 SupportDesk のプロファイルを追加' }).click();
    const editor = page.getByRole('form', { name: '新しいプロファイル' });
    const serviceAdminId = editor.getByLabel('サービス管理者ID(8桁)');
    expect(await serviceAdminId.getAttribute('placeholder')).toBe('例: 53175710');

    const toggle = editor.getByRole('button', { name: 'どこで確認できますか? (サービス管理者ID(8桁))' });
    const location = editor.getByText(/「お客様登録情報」/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await location.isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await location.waitFor();
    const help = await location.textContent();
    expect(help).toContain('https://eservice.fujitsu.com/supportdesk-web/');
    expect(help).toContain('「サービス責任者情報の参照・更新」');
    expect(help).toContain('サービス管理者ID: 53175710');

    await editor.getByLabel('プロファイル名').fill('富士通 IME');
    await serviceAdminId.pressSequentially('５３１７５７１０');
    // Leaving the field shows what will be saved.
    await editor.getByLabel('登録済み利用者のメールアドレス').click();
    await expect.poll(() => serviceAdminId.inputValue()).toBe('53175710');
    await editor.getByLabel('登録済み利用者のメールアドレス').fill('yamada@example.jp');
    await editor.getByLabel('SupportDesk のメールアドレス').fill('supportdesk@example.com');
    await editor.getByRole('button', { name: '保存' }).click();

    await page.getByRole('listitem', { name: '富士通 IME' }).waitFor();
    await page.reload();
    const card = page.getByRole('listitem', { name: '富士通 IME' });
    await expect.poll(() => card.textContent()).toContain('53175710');
    expect(await card.textContent()).not.toContain('５３１７５７１０');
    const stored = await readStore<{ name: string; serviceAdminId?: string }>(page, 'profiles');
    expect(stored.filter((p) => p.name === '富士通 IME').map((p) => p.serviceAdminId)).toEqual(['53175710']);
    await page.close();
  });
});
