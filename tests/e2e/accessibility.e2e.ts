import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';
import { seriousAxeViolations } from './helpers';

// The popup's axe check is in popup.e2e.ts; this one covers the options page.
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension(inject('shippedExtensionDir'));
});
afterAll(async () => {
  await session?.close();
});

describe('options page accessibility (axe-core)', () => {
  it('has no serious or critical violations, with the profile editor open and its errors on show', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.locator('main').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'IIJ IDサービス のプロファイルを追加' }).click();
    const editor = page.getByRole('form', { name: '新しいプロファイル' });
    await editor.getByLabel('ご依頼者様メールアドレス').fill('yamada');
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.getByRole('alert').first().waitFor();
    // Open every collapsed section so axe sees all of the page.
    await page
      .locator('details:not([open]) > summary')
      .evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
