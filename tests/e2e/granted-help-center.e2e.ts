import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';
import { buildExtension, ROOT } from './build';
import { openPopupFor } from './helpers';
import { seedDraft, startFill } from './fill-session';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { pentioRequest } from '../../schemas/forms/pentio-request';

/**
 * A help center the user granted in options (here example.zendesk.com, granted in the build
 * because headless Chromium cannot answer the permission prompt): the popup offers
 * 「このページに入力」 exactly where the background fills, and nowhere else.
 */
const GRANTED = 'https://example.zendesk.com';
const REQUEST_PAGE = `${GRANTED}/hc/en-us/requests/new`;
const OTHER_PAGE = `${GRANTED}/hc/en-us`;
const outDir = resolve(ROOT, `.output/e2e-granted-${process.pid}`);

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  const dir = buildExtension({ e2e: false, outDir, grantedOrigins: [`${GRANTED}/*`] });
  server = await startFixtureServer();
  session = await launchWithExtension(dir, { httpsPort: server.port });
  const page = await session.openExtensionPage('options.html');
  await seedDraft(page, {
    formId: pentioRequest.id,
    values: { ...pentioRequest.example, attachments: [] },
    captureIds: [],
  });
  await page.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a granted Zendesk help center', () => {
  it('offers and performs the fill on its request page, judged by that help center’s own fields', async () => {
    const { popup, target } = await openPopupFor(session, REQUEST_PAGE);
    await popup.locator('#form-picker').selectOption(pentioRequest.id);
    await target.locator('input[name="request[subject]"]').waitFor();
    await popup.getByRole('button', { name: 'このページに入力' }).click();
    // This help center has no お問い合わせカテゴリ (its own list is "Topic"): the fill stops before
    // touching anything and names the fields the page does have.
    const report = popup.getByRole('region', { name: '入力結果' });
    await report.getByText('このページには「お問い合わせカテゴリ」がありません').waitFor();
    expect(await report.textContent()).toContain('Topic');
    expect(await target.locator('input[name="request[subject]"]').inputValue()).toBe('');
  });

  it('offers nothing on its other pages, and the background refuses them too', async () => {
    const { popup } = await openPopupFor(session, OTHER_PAGE);
    await popup.locator('#form-picker').selectOption(pentioRequest.id);
    await popup.getByRole('button', { name: '本文をコピー' }).waitFor();
    expect(await popup.getByRole('button', { name: 'このページに入力' }).count()).toBe(0);
    const reply = await startFill(popup, OTHER_PAGE, pentioRequest.id);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('このタブには入力できません') });
  });
});
