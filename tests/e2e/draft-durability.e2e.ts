import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';
import { openPopupFor, readStore } from './helpers';
import type { DraftRow } from '../../storage/schema';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';

/**
 * popup.e2e.ts closes the popup after the draft is saved; this closes it straight after typing,
 * inside the save delay (storage/drafts.ts DRAFT_SAVE_DELAY_MS), as a user clicking away does.
 */
let server: FixtureServer;
let session: ExtensionSession;
beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(inject('extensionDir'), { httpsPort: server.port });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a popup closed mid-typing', () => {
  it('keeps what was typed just before it closed', async () => {
    const { popup } = await openPopupFor(session, server.localUrl('/'));
    await popup.getByLabel('問い合わせフォーム').selectOption('pentio-request');
    const form = popup.locator('section.form');
    await form.getByLabel(/^タイトル/).fill('閉じる直前に入力した件名');
    await form.getByLabel(/^発生しているトラブル・エラー/).pressSequentially('最後の一文字まで');
    await popup.close();
    expect(popup.isClosed()).toBe(true);

    const options = await session.openExtensionPage('options.html');
    await expect
      .poll(
        async () => (await readStore<DraftRow>(options, 'drafts')).find((d) => d.formId === 'pentio-request')?.values,
      )
      .toMatchObject({ title: '閉じる直前に入力した件名', trouble: { symptom: '最後の一文字まで' } });
    await options.close();
  });
});
