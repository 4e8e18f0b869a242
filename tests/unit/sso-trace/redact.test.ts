import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { captureFileName } from '@/capture/image';
import { emlText } from '@/mail/eml';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { pentioRequest } from '@/schemas/forms/pentio-request';
import { diagnose } from '@/sso-trace/diagnose';
import { MASK, redactableFields, traceAttachmentText } from '@/sso-trace/redact';
import { summarize } from '@/sso-trace/summary';
import { ATTRIBUTE_MAIL, NAME_ID } from '../../fixtures/sso/saml';
import { NOW, idpInitiated, spInitiated } from './flows';

async function trace(options = {}) {
  const events = await spInitiated(options);
  const row = {
    id: 't',
    startedAt: new Date(NOW - 5000).toISOString(),
    stoppedAt: new Date(NOW + 5000).toISOString(),
    origins: [],
    events,
  };
  return { row, diagnosis: await diagnose(row) };
}

describe('the attached trace', () => {
  it('masks NameID and attribute values everywhere and shortens signatures by default', async () => {
    const { row, diagnosis } = await trace();
    const file = traceAttachmentText(row, diagnosis);
    expect(file).not.toContain(NAME_ID);
    expect(file).not.toContain(ATTRIBUTE_MAIL);
    expect(file).not.toContain(row.events[1]!.saml!.SAMLResponse!.slice(0, 40));
    expect(file).toContain(
      `<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${MASK}</saml:NameID>`,
    );
    expect(file).toMatch(/<SignatureValue>.{16}…\(\d+文字を省略\)<\/SignatureValue>/);
    expect(file).toContain('・ [2] IdP(Issuer): https://example.auth.iij.jp/saml/idp(IIJ ID)');
    expect(file).toContain(
      '[2] 2026-11-21 14:35:00 JST POST https://sp.example.co.jp/saml/acs (SAMLResponse, RelayState) → 403',
    );
  });

  it('reveals one field at a time when the user asks', async () => {
    const { row, diagnosis } = await trace();
    expect(redactableFields(diagnosis).map((f) => f.key)).toEqual(['nameId', 'attribute:mail', 'signature']);
    const withNameId = traceAttachmentText(row, diagnosis, new Set(['nameId']));
    expect(withNameId).toContain(NAME_ID);
    expect(withNameId).not.toContain(ATTRIBUTE_MAIL);
    const withMail = traceAttachmentText(row, diagnosis, new Set(['attribute:mail']));
    expect(withMail).toContain(ATTRIBUTE_MAIL);
    expect(withMail).not.toContain(`>${NAME_ID}<`);
  });
});

describe('into the ticket', () => {
  it("fills IIJ's (4) time, (8) service, (10) the recorded flow and (13) the failing side", async () => {
    const { diagnosis } = await trace({ audience: 'https://sp.example.co.jp/other-entity' });
    expect(iijLoginInquiry.fromSsoTrace!(summarize(diagnosis))).toEqual({
      occurredAt: '2026-11-21T14:35',
      externalService: 'https://sp.example.co.jp/saml/metadata',
      'sso.spInitiated': expect.stringMatching(/^ログインできない\(SSOトレースより: Audience が SP と一致しません/),
      failurePoint: 'federatedService',
    });
  });

  it('fills both flows of (10) when a recording holds an SP- and an IdP-initiated attempt', async () => {
    const failing = await spInitiated({ audience: 'https://sp.example.co.jp/other-entity' });
    const good = await idpInitiated();
    const values = iijLoginInquiry.fromSsoTrace!(summarize(await diagnose({ events: [...failing, ...good] })));
    expect(values['sso.spInitiated']).toMatch(/^ログインできない/);
    expect(values['sso.idpInitiated']).toBe('ログインできる(SSOトレースでエラーは見つかりませんでした)');
    expect(values.failurePoint).toBe('federatedService');
  });

  it('names IIJ ID as the failing side when the IdP answers with an error', async () => {
    const { diagnosis } = await trace({ status: 'Responder' });
    expect(iijLoginInquiry.fromSsoTrace!(summarize(diagnosis))).toMatchObject({ failurePoint: 'iijId' });
  });

  it("writes the application and the error into Pentio's trouble description", async () => {
    const { diagnosis } = await trace({ status: 'Responder' });
    const values = pentioRequest.fromSsoTrace!(summarize(diagnosis));
    expect(values['trouble.symptom']).toContain('アプリケーション: https://sp.example.co.jp/saml/metadata');
    expect(values['trouble.symptom']).toContain('エラー: IdP がエラーを返しました: ステータス Responder / AuthnFailed');
  });
});

describe('the trace as a mail attachment', () => {
  it('goes into the .eml as a text file named after its time, exactly as shown before attaching', async () => {
    const { row, diagnosis } = await trace({ status: 'Responder' });
    const text = traceAttachmentText(row, diagnosis);
    const capture = { createdAt: '2026-11-21T05:35:59.000Z', mimeType: 'text/plain' };
    expect(captureFileName(capture)).toBe('sso-trace-20261121-1435.txt');
    const raw = await emlText(
      { from: 'a@example.co.jp', to: ['b@example.jp'], cc: [], subject: 's', body: 'b', attachments: [] },
      [{ name: captureFileName(capture), type: 'text/plain', blob: new Blob([text], { type: 'text/plain' }) }],
    );
    const [attachment] = (await PostalMime.parse(raw)).attachments;
    expect(attachment?.filename).toBe('sso-trace-20261121-1435.txt');
    expect(attachment?.mimeType).toBe('text/plain');
    const received = new TextDecoder().decode(attachment!.content as ArrayBuffer);
    expect(received).toBe(text);
    expect(received).not.toContain(NAME_ID);
  });
});
