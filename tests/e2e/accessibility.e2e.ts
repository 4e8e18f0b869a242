import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';

// The popup's axe check is in popup.e2e.ts; this one covers the options page.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension(inject('shippedExtensionDir'));
});
afterAll(async () => {
  await session?.close();
});

async function seriousViolations(page: Page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('options page accessibility (axe-core)', () => {
  it('has no serious or critical violations, with the profile editor open and its errors on show', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.locator('main').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'IIJ IDサービス のプロファイルを追加' }).click();
    const editor = page.getByRole('form', { name: '新しいプロファイル' });
    await editor.getByLabel('ご依頼者様メールアドレス').fill('yamada');
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.getByRole('alert').first().waitFor();
    // Open every collapsed section so axe sees all of the page.
    await page.locator('details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
