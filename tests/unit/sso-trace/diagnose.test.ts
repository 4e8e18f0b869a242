import { describe, expect, it } from 'vitest';
import { say } from '@/schemas/i18n';
import { decodeSamlMessage } from '@/sso-trace/decode';
import { diagnose, type Diagnosis } from '@/sso-trace/diagnose';
import { parseXml } from '@/sso-trace/parse';
import { authnRequestXml, postEncode, redirectEncode } from '../../fixtures/sso/saml';
import { NOW, idpInitiated, oldKey, spInitiated } from './flows';

const problems = (d: Diagnosis) => d.findings.filter((f) => f.level !== 'info').map((f) => f.id);
const sentence = (d: Diagnosis, id: string) => say(d.findings.find((f) => f.id === id)!.message);

describe('decoding SAML bindings', () => {
  const xml = authnRequestXml({ id: '_x', issueInstant: NOW });
  it('inflates the redirect binding and reads the POST binding as is', async () => {
    expect(await decodeSamlMessage(redirectEncode(xml))).toBe(xml);
    expect(await decodeSamlMessage(postEncode(xml))).toBe(xml);
  });
  it('refuses a document type declaration (no entities, nothing fetched)', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY e SYSTEM "https://evil.example/">]><x>&e;</x>')).toThrow();
  });
});

describe('diagnosis of a recorded sign-in', () => {
  it('names IdP, SP and an SP-initiated flow, and finds nothing wrong in a good flow', async () => {
    const d = await diagnose({ events: await spInitiated() });
    expect(problems(d)).toEqual([]);
    expect(d.flow).toBe('sp-initiated');
    expect(d.failingSide).toBeUndefined();
    expect(d.idp).toEqual({ issuer: 'https://example.auth.iij.jp/saml/idp', name: 'IIJ ID' });
    expect(sentence(d, 'idp')).toBe('IdP(Issuer): https://example.auth.iij.jp/saml/idp(IIJ ID)');
    expect(sentence(d, 'sp')).toContain('Audience https://sp.example.co.jp/saml/metadata');
    expect(sentence(d, 'flow-sp-initiated')).toContain('_req42');
    expect(sentence(d, 'nameid')).toContain('emailAddress');
    expect(sentence(d, 'certificate')).toMatch(/CN=Test IdP signing.*SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(sentence(d, 'signature')).toContain('アサーション');
  });

  it('recognizes an IdP-initiated flow without false findings', async () => {
    const d = await diagnose({ events: await idpInitiated() });
    expect(problems(d)).toEqual([]);
    expect(d.flow).toBe('idp-initiated');
  });

  it('names an expired assertion, with the service as the failing side', async () => {
    const d = await diagnose({ events: await spInitiated({ idpNow: NOW - 60_000, validForMs: 30_000 }) });
    expect(problems(d)).toEqual(['assertion-expired']);
    expect(sentence(d, 'assertion-expired')).toContain(
      'アサーションの有効期限が切れています: NotOnOrAfter 2026-11-21T05:34:30Z',
    );
    expect(d.failingSide).toBe('sp');
  });

  it('names an audience that is not the SP', async () => {
    const d = await diagnose({ events: await idpInitiated({ audience: 'https://other-app.example.net/sso' }) });
    expect(problems(d)).toEqual(['audience-mismatch']);
    expect(sentence(d, 'audience-mismatch')).toBe(
      'Audience が SP と一致しません: Audience https://other-app.example.net/sso、ACS https://sp.example.co.jp/saml/acs。IdP に登録した SP のエンティティID を確認してください。',
    );
  });

  it('checks the audience against the AuthnRequest issuer in an SP-initiated flow', async () => {
    const d = await diagnose({ events: await spInitiated({ audience: 'https://sp.example.co.jp/other-entity' }) });
    expect(problems(d)).toEqual(['audience-mismatch']);
  });

  it('names a Responder status with its message, on the IdP side', async () => {
    const d = await diagnose({ events: await spInitiated({ status: 'Responder' }) });
    expect(problems(d)).toEqual(['status-error']);
    expect(sentence(d, 'status-error')).toContain(
      'ステータス Responder / AuthnFailed、メッセージ「User is not assigned to this application」',
    );
    expect(d.failingSide).toBe('idp');
  });

  it('names an expired signing certificate with its dates and fingerprint', async () => {
    const d = await diagnose({ events: await spInitiated({ key: await oldKey() }) });
    expect(problems(d)).toEqual(['certificate-expired']);
    expect(sentence(d, 'certificate-expired')).toMatch(
      /IdP の署名証明書の有効期限が切れています.*〜 2026-11-19T05:35:00Z.*SHA-256/,
    );
  });

  it('names a 10-minute clock skew', async () => {
    const d = await diagnose({ events: await spInitiated({ idpNow: NOW + 10 * 60_000 }) });
    expect(problems(d)).toContain('clock-skew');
    expect(sentence(d, 'clock-skew')).toContain('約10分ずれています');
    expect(sentence(d, 'clock-skew')).toContain('IdP が進んでいます');
  });

  it('warns when the response answers a request that was not recorded', async () => {
    const [, response] = await spInitiated();
    const d = await diagnose({ events: [response!] });
    expect(problems(d)).toEqual(['in-response-to-mismatch']);
  });

  it('names an OIDC error redirect', async () => {
    const d = await diagnose({
      events: [
        {
          requestId: '5',
          at: NOW,
          method: 'GET',
          endpoint: 'https://sp.example.co.jp/oidc/callback',
          binding: 'redirect',
          oidc: {
            error: 'access_denied',
            error_description: 'User not assigned',
            iss: 'https://example.onelogin.com/oidc/2',
            hasState: true,
            hasCode: false,
          },
        },
      ],
    });
    expect(problems(d)).toEqual(['oidc-error']);
    expect(sentence(d, 'oidc-error')).toBe(
      'OIDC/OAuth のエラーが https://sp.example.co.jp/oidc/callback に返されました: error=access_denied、error_description「User not assigned」、iss https://example.onelogin.com/oidc/2、state あり。',
    );
    expect(d.idp?.name).toBe('OneLogin');
    expect(d.failingSide).toBe('idp');
  });
});
