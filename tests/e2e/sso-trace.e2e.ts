import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from './page';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';
import { buildExtension, ROOT } from './build';
import { openPopupFor, readStore } from './helpers';
import { SEEDED_INCIDENT, seedDraft, startFill } from './fill-session';
import { pentioRequest } from '../../schemas/forms/pentio-request';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { ATTRIBUTE_MAIL, IDP_SSO_URL, NAME_ID, SP_ACS } from '../fixtures/sso/saml';
import { IDP_COOKIE, IDP_HOST, SP_COOKIE, SP_HOST, ssoSites, type SsoSites } from '../fixtures/sso/sites';
import type { SsoTraceRow } from '../../sso-trace/types';
import { KNOWN_IDP_ORIGINS } from '../../sso-trace/origins';

const PENTIO_REQUEST_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
const PASSWORD = 'P@ssw0rd-ひみつ-42';
const SECRETS = [PASSWORD, SP_COOKIE.split('=')[1]!, IDP_COOKIE.split('=')[1]!, 'STATE-secret-88', 'NONCE-secret-99'];

let server: FixtureServer;
let sites: SsoSites;

beforeAll(async () => {
  server = await startFixtureServer();
  sites = await ssoSites();
  server.routes.unshift(sites.route);
});
afterAll(async () => {
  await server?.close();
});

/** The popup's SSO section, opened. */
async function recorder(popup: Page): Promise<Locator> {
  await popup.locator('summary', { hasText: 'SSOの動作を記録' }).click();
  return popup.locator('section.sso-recorder');
}

async function record(popup: Page, section: Locator, run: () => Promise<void>): Promise<void> {
  await section.getByRole('button', { name: 'SSOの動作を記録' }).click();
  await expect.poll(() => section.getByRole('status').textContent()).toContain('記録中です');
  await run();
  await section.getByRole('button', { name: '記録を停止' }).click();
  await expect.poll(() => section.getByRole('status').textContent()).toContain('記録を停止し、権限を返却しました');
}

/** The text of the messages a field's aria-describedby points at. */
async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function attachedTexts(popup: Page): Promise<string[]> {
  return popup.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('support-ticket-helper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('captures').objectStore('captures').getAll();
          request.onsuccess = async () => {
            const rows = request.result as { mimeType: string; image: Blob }[];
            resolve(await Promise.all(rows.filter((r) => r.mimeType === 'text/plain').map((r) => r.image.text())));
          };
        };
      }),
  );
}

describe('SSO trace (test build: webRequest declared, see README limits)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension(inject('extensionDir'), {
      httpsPort: server.port,
      extraHosts: [SP_HOST, IDP_HOST],
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('records SP- and IdP-initiated SAML and an OIDC error, diagnoses them, and prefills the IIJ login inquiry', async () => {
    const { popup, target } = await openPopupFor(session, `https://${SP_HOST}/`);
    await popup.getByLabel('問い合わせフォーム').selectOption('iij-login-inquiry');
    const section = await recorder(popup);
    await record(popup, section, async () => {
      expect(await session.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('REC');
      // SP-initiated, and the IdP names the wrong audience.
      sites.fault = 'audience';
      await target.goto(`https://${SP_HOST}/login`);
      await target.getByLabel('ユーザID').fill('taro');
      await target.getByLabel('パスワード').fill(PASSWORD);
      await target.getByRole('button', { name: 'ログイン' }).click();
      await target.waitForURL(SP_ACS);
      // IdP-initiated, correct.
      sites.fault = 'none';
      await target.goto(`https://${IDP_HOST}/saml/idp-init`);
      await target.waitForURL(SP_ACS);
      // OIDC: the IdP answers the authorization with an error redirect.
      await target.goto(`https://${SP_HOST}/oidc/start`);
      await target.waitForURL(/\/oidc\/callback/);
      await target.goto(`https://${SP_HOST}/home?q=not-sso`);
    });
    expect(await session.worker.evaluate(() => chrome.action.getBadgeText({}))).not.toBe('REC');
    expect(sites.logins[0]?.password).toBe(PASSWORD);

    // Exactly the SAML and OIDC messages, nothing of the login form or other requests.
    const [trace] = await readStore<SsoTraceRow>(popup, 'ssoTraces');
    expect(
      trace!.events.map((e) => `${e.method} ${e.endpoint} ${Object.keys(e.saml ?? e.oidc ?? {}).join(',')}`),
    ).toEqual([
      `GET ${IDP_SSO_URL} SAMLRequest,RelayState`,
      `POST ${SP_ACS} SAMLResponse,RelayState`,
      `POST ${SP_ACS} SAMLResponse`,
      `GET https://${IDP_HOST}/oidc/authorize client_id,response_type,redirect_uri,hasState,hasCode`,
      `GET https://${SP_HOST}/oidc/callback error,error_description,iss,hasState,hasCode`,
    ]);
    expect(trace!.events[1]!.statusCode).toBe(403);
    const stored = JSON.stringify(await readStore(popup, 'ssoTraces'));
    for (const secret of SECRETS) expect(stored).not.toContain(secret);

    const findings = section.locator('.sso-findings li');
    await findings.first().waitFor();
    const shown = await findings.allTextContents();
    expect(shown).toContainEqual(
      expect.stringContaining(
        '[2] Audience が SP と一致しません: Audience https://other-app.example.net/sso、SP のエンティティID https://sp.example.co.jp/saml/metadata',
      ),
    );
    expect(shown).toContainEqual(expect.stringContaining('[2] SP initiated'));
    expect(shown).toContainEqual(expect.stringContaining('[3] IdP initiated'));
    expect(shown).toContainEqual(
      expect.stringContaining(
        '[5] OIDC/OAuth のエラーが https://sp.example.co.jp/oidc/callback に返されました: error=access_denied',
      ),
    );
    const errors = await section.locator('.sso-findings li.error').allTextContents();
    expect(errors.filter((t) => t.includes('[3]'))).toEqual([]);

    await section.getByRole('button', { name: /に反映して添付/ }).click();
    const form = popup.locator('section.form');
    await expect
      .poll(() => form.getByLabel('ログインしようとしている外部サービス').inputValue())
      .toBe('https://sp.example.co.jp/saml/metadata');
    const spResult = form.getByLabel('SP initiated SSOの場合');
    expect(await spResult.inputValue()).toMatch(/^ログインできない\(SSOトレースより: Audience が SP と一致しません/);
    expect(await form.getByLabel('IdP initiated SSOの場合').inputValue()).toBe(
      'ログインできる(SSOトレースでエラーは見つかりませんでした)',
    );
    expect(await form.getByRole('radio', { name: '連携サービス', exact: true }).isChecked()).toBe(true);
    const occurredAt = form.getByLabel('事象を確認した具体的な日時(日本時間)');
    const jst = new Date(trace!.events[1]!.at + 9 * 3600_000).toISOString().slice(0, 16);
    expect(await occurredAt.inputValue()).toBe(jst);
    for (const field of [occurredAt, spResult])
      expect(await descriptionOf(field)).toContain('SSOトレースから検出しました(編集できます)');
    // Edited by the user: no longer marked as detected.
    await spResult.fill('ログインできない');
    await expect.poll(() => descriptionOf(spResult)).not.toContain('SSOトレースから検出');

    await expect.poll(async () => (await attachedTexts(popup)).length).toBe(1);
    const [file] = await attachedTexts(popup);
    expect(file).toContain('Audience が SP と一致しません');
    expect(file).toContain('[マスク済み]');
    for (const secret of [...SECRETS, NAME_ID, ATTRIBUTE_MAIL]) expect(file).not.toContain(secret);
    await expect.poll(() => popup.locator('.preview, pre').first().textContent()).toBeTruthy();
  });

  it("attaches the trace to Pentio's request page as a text file when the page is filled", async () => {
    const { popup, target } = await openPopupFor(session, `https://${SP_HOST}/`);
    await popup.getByLabel('問い合わせフォーム').selectOption('pentio-request');
    const section = await recorder(popup);
    await record(popup, section, async () => {
      sites.fault = 'responder';
      await target.goto(`https://${IDP_HOST}/saml/idp-init`);
      await target.waitForURL(SP_ACS);
      sites.fault = 'none';
    });
    await section.getByRole('button', { name: /に反映して添付/ }).click();
    await expect
      .poll(() => popup.locator('section.form').getByLabel('発生しているトラブル・エラー').inputValue())
      .toContain('エラー: IdP がエラーを返しました: ステータス Responder / AuthnFailed');
    await expect.poll(async () => (await attachedTexts(popup)).length).toBeGreaterThan(0);
    const traceId = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('support-ticket-helper');
          open.onsuccess = () => {
            const request = open.result.transaction('captures').objectStore('captures').getAll();
            request.onsuccess = () =>
              resolve(
                (request.result as { id: string; mimeType: string; createdAt: string }[])
                  .filter((r) => r.mimeType === 'text/plain')
                  .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!.id,
              );
          };
        }),
    );
    // A complete Pentio draft that sends the trace (the rest of the form is the form's example).
    await seedDraft(popup, { formId: pentioRequest.id, values: pentioRequest.example, captureIds: [] });
    await popup.evaluate(
      async ({ id, draftId }) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const open = indexedDB.open('support-ticket-helper');
          open.onsuccess = () => resolve(open.result);
        });
        const tx = db.transaction('drafts', 'readwrite');
        const store = tx.objectStore('drafts');
        const get = store.get(draftId);
        get.onsuccess = () =>
          store.put({ ...get.result, values: { ...get.result.values, attachments: [id] }, captureIds: [id] });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      },
      { id: traceId, draftId: `${SEEDED_INCIDENT}:${pentioRequest.id}` },
    );
    server.uploads.length = 0;
    const vendor = await session.context.newPage();
    await vendor.goto(PENTIO_REQUEST_PAGE);
    await vendor.locator('input[name="request[subject]"]').waitFor();
    const reply = await startFill(popup, PENTIO_REQUEST_PAGE, pentioRequest.id);
    expect(reply.ok).toBe(true);
    await expect.poll(() => server.uploads.map((u) => [u.name, u.type])).toEqual([['sso-trace-1.txt', 'text/plain']]);
    await vendor.close();
  });

  it('names each injected fault of the IdP and none in a good flow', async () => {
    const { popup, target } = await openPopupFor(session, `https://${SP_HOST}/`);
    const section = await recorder(popup);
    const faults = ['none', 'expired', 'responder', 'certificate', 'skew'] as const;
    await record(popup, section, async () => {
      for (const fault of faults) {
        sites.fault = fault;
        await target.goto(`https://${IDP_HOST}/saml/idp-init`);
        await target.waitForURL(SP_ACS);
      }
    });
    await section.locator('.sso-findings li').first().waitFor();
    const problems = async (n: number) =>
      (await section.locator('.sso-findings li.error, .sso-findings li.warning').allTextContents()).filter((t) =>
        t.includes(`[${n}] `),
      );
    expect(await problems(1)).toEqual([]);
    expect(await problems(2)).toEqual([expect.stringContaining('アサーションの有効期限が切れています')]);
    expect(await problems(3)).toEqual([
      expect.stringContaining('IdP がエラーを返しました: ステータス Responder / AuthnFailed'),
    ]);
    expect(await problems(4)).toEqual([expect.stringContaining('IdP の署名証明書の有効期限が切れています')]);
    expect(await problems(5)).toContainEqual(expect.stringContaining('IdP とこの PC の時計が約10分ずれています'));
  });
});

describe('SSO recording permissions (shipped manifest)', () => {
  // Headless Chromium cannot answer the host-permission prompt; this build declares the recorded
  // sites (as E2E_GRANTED_ORIGINS does for help centers) and keeps webRequest optional, exactly as
  // shipped. webRequest carries no install warning, so Chromium grants it without a prompt.
  const outDir = resolve(ROOT, `.output/e2e-sso-${process.pid}`);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('asks for webRequest only while recording, and gives it back when it stops', async () => {
    const dir = buildExtension({
      e2e: false,
      outDir,
      grantedOrigins: [...KNOWN_IDP_ORIGINS, `https://${SP_HOST}/*`],
    });
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).not.toContain('webRequest');
    expect(manifest.optional_permissions).toEqual(['webRequest']);
    const session = await launchWithExtension(dir, { httpsPort: server.port, extraHosts: [SP_HOST, IDP_HOST] });
    try {
      const getAll = () => session.worker.evaluate(() => chrome.permissions.getAll());
      const before = await getAll();
      expect(before.permissions).not.toContain('webRequest');
      const popup = await session.openExtensionPage('popup.html');
      await popup.locator('section.form').waitFor();
      const section = await recorder(popup);
      await section.getByLabel('他に記録するサイト').fill(SP_HOST);
      await section.getByRole('button', { name: 'SSOの動作を記録' }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toContain('記録中です');
      expect((await getAll()).permissions).toContain('webRequest');
      await section.getByRole('button', { name: '記録を停止' }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toContain('権限を返却しました');
      await expect.poll(getAll).toEqual(before);
    } finally {
      await session.close();
    }
  });
});
