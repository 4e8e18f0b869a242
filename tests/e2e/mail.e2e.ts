import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension(inject('shippedExtensionDir'));
});
afterAll(async () => {
  await session?.close();
});

const fujitsuProfile = {
  format: 'support-ticket-helper/profiles',
  version: 1,
  profiles: [
    {
      id: 'fj-1',
      vendor: 'fujitsu',
      name: '基幹系 SupportDesk',
      serviceAdminId: '53175710',
      registeredEmail: 'yamada.taro@example.co.jp',
      ccEmails: ['sato.hanako@example.co.jp', 'infra-team@example.co.jp'],
      supportDeskEmail: 'supportdesk@example.fujitsu.com',
      isDefault: true,
    },
  ],
};

describe('mail delivery from the popup', () => {
  it('downloads the Fujitsu SupportDesk empty mail as an .eml that a mail parser reads back', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('ファイルからインポート:').setInputFiles({
      name: 'profiles.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fujitsuProfile)),
    });
    await options.getByLabel('インポートの内容').getByRole('button', { name: '取り込む' }).click();
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: '取り込みました' }).textContent())
      .toBe('1件のプロファイルを取り込みました');
    await options.close();

    const popup = await session.openExtensionPage('popup.html');
    // The popup opens its suggested form first; pick ours once that is on screen.
    await popup.locator('section.form').waitFor();
    await popup.getByLabel('問い合わせフォーム').selectOption('fujitsu-empty-mail');
    const form = popup.getByRole('region', { name: 'SupportDesk 空メール(リカバリー期間)' });
    // The profile's items are summed up in one line above the form.
    await expect.poll(() => popup.getByTestId('profile-summary').textContent()).toContain('yamada.taro@example.co.jp');
    await form.getByLabel('受付番号').fill('２０２６１１２１－０４２');
    const mail = popup.getByRole('region', { name: 'メールで送る' });
    await expect
      .poll(() => mail.getByTestId('acceptance-result').textContent())
      .toBe('受付成立: プロセス通り実行されます(このメールに全返信で回答が届きます)');
    await expect.poll(() => mail.getByRole('note').textContent()).toContain('未登録者からのメールは全て破棄されます');
    const href = await mail.getByRole('link', { name: 'メールアプリで開く' }).getAttribute('href');
    expect(href).toBe(
      'mailto:supportdesk@example.fujitsu.com?cc=sato.hanako@example.co.jp,infra-team@example.co.jp&subject=20261121-042',
    );

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      mail.getByRole('button', { name: '.eml をダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inquiry-\d{8}-\d{4}\.eml$/);
    const parsed = await PostalMime.parse(readFileSync((await download.path())!));
    expect(parsed.from?.address).toBe('yamada.taro@example.co.jp');
    expect(parsed.to?.map((a) => a.address)).toEqual(['supportdesk@example.fujitsu.com']);
    expect(parsed.cc?.map((a) => a.address)).toEqual(['sato.hanako@example.co.jp', 'infra-team@example.co.jp']);
    expect(parsed.subject).toBe('20261121-042');
    expect(parsed.text ?? '').toBe('');
    expect(parsed.attachments).toEqual([]);

    await popup.getByText('履歴', { exact: true }).click();
    await expect.poll(() => popup.locator('.history-list').textContent()).toContain('.eml 保存');
    await popup.screenshot({ path: join(process.env.E2E_ARTIFACTS ?? '/tmp', 'mail-fujitsu.png'), fullPage: true });
    await popup.close();
  });
});
