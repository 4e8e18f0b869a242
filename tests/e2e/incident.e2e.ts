import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { fromJstMinute, toJstDate } from '../../schemas/jst';
import { launchWithExtension, type ExtensionSession } from './browser';
import { fireCaptureMenu, openPopupForTab, readStore, tabIdOf, updateRow } from './helpers';

/**
 * One incident, several tickets: a right-click capture starts the incident, and every vendor
 * form's draft is prefilled from it (moment, page, error text, capture) however much later the
 * popup is opened, and over whichever vendor page.
 */

const ERROR_TEXT = 'エラー: AADSTS50105 ユーザーはアプリケーションに割り当てられていません。';

interface Incident {
  id: string;
  occurredAt?: string;
}
interface Draft {
  formId: string;
  incidentId: string;
  captureIds: string[];
  values: { trouble: { symptom: string } } & Record<string, unknown>;
}

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

const draftOf = async (formId: string, incidentId: string) =>
  (await readStore<Draft>(session.worker, 'drafts')).find((d) => d.formId === formId && d.incidentId === incidentId);

describe('one incident, several tickets (real browser)', () => {
  it('prefills the IIJ inquiry and the Pentio request from the capture: same moment, page, error text and screenshot', async () => {
    const errorPage = await session.context.newPage();
    await errorPage.goto(server.localUrl('/'));
    await fireCaptureMenu(session, errorPage, { selectionText: ERROR_TEXT });
    await expect.poll(async () => (await readStore(session.worker, 'captures')).length, { timeout: 15_000 }).toBe(1);
    const [capture] = await readStore<{ id: string; incidentId: string }>(session.worker, 'captures');

    // The capture was taken at 10:15 and the popup is opened now, later.
    const at1015 = `${toJstDate(new Date())}T10:15`;
    await updateRow(session.worker, 'incidents', capture!.incidentId, {
      occurredAt: fromJstMinute(at1015)!.toISOString(),
    });

    // Over IIJ's own page: the ticket is written here, the problem was seen elsewhere.
    const iijPage = await session.context.newPage();
    await iijPage.goto('https://help.iij.ad.jp/');
    const popup = await openPopupForTab(session, await tabIdOf(session, iijPage.url()));
    await expect.poll(() => popup.getByLabel('問い合わせフォーム').inputValue()).toBe('iij-login-inquiry');
    await expect
      .poll(() => popup.getByTestId('incident-summary').textContent())
      .toMatch(/\d+年\d+月\d+日\([日月火水木金土]\) 10:15/);
    expect(await popup.getByLabel(/^事象を確認した具体的な日時/).inputValue()).toBe(at1015);
    expect(await popup.getByLabel(/^問い合わせ内容/).inputValue()).toBe(ERROR_TEXT);

    await expect
      .poll(async () => (await draftOf('iij-login-inquiry', capture!.incidentId))?.captureIds)
      .toEqual([capture!.id]);
    const iij = await draftOf('iij-login-inquiry', capture!.incidentId);
    expect(iij!.values).toMatchObject({
      occurredAt: at1015,
      description: ERROR_TEXT,
      screenshots: { pageUrl: server.localUrl('/'), attachments: [capture!.id] },
    });

    // The same incident's Pentio draft: same facts, same capture; the IIJ draft keeps its capture.
    await popup.getByLabel('問い合わせフォーム').selectOption('pentio-request');
    await expect
      .poll(async () => (await draftOf('pentio-request', capture!.incidentId))?.captureIds)
      .toEqual([capture!.id]);
    const pentio = await draftOf('pentio-request', capture!.incidentId);
    expect(pentio!.values).toMatchObject({
      trouble: { symptom: ERROR_TEXT, occurredAt: at1015 },
      env: { pageUrl: server.localUrl('/') },
      attachments: [capture!.id],
    });
    expect((await draftOf('iij-login-inquiry', capture!.incidentId))!.captureIds).toEqual([capture!.id]);
    await expect
      .poll(() => popup.getByRole('list', { name: 'この問い合わせの下書き' }).textContent())
      .toMatch(/IIJ.*ペンティオ|ペンティオ.*IIJ/);

    // A second incident starts empty; the first keeps its drafts.
    await popup.getByRole('button', { name: '新しい問い合わせ' }).click();
    await expect.poll(() => popup.getByTestId('incident-summary').textContent()).toContain('日時未確定');
    expect(await popup.getByLabel(/^発生日時/).inputValue()).toBe('');
    expect(await popup.getByLabel(/^発生しているトラブル/).inputValue()).toBe('');
    const incidents = await readStore<Incident>(session.worker, 'incidents');
    expect(incidents).toHaveLength(2);
    expect((await draftOf('pentio-request', capture!.incidentId))!.values.trouble.symptom).toBe(ERROR_TEXT);
  });
});
