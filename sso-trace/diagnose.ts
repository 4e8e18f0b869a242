import { text, type Text } from '@/schemas/i18n';
import { readCertificate, type CertificateInfo } from './certificate';
import { decodeSamlMessage } from './decode';
import {
  parseXml,
  readSamlMessage,
  type ParsedAuthnRequest,
  type ParsedResponse,
  type ParsedSamlMessage,
} from './parse';
import type { SsoEvent, SsoTraceRow } from './types';

/** One recorded SAML/OIDC message, decoded where it is SAML. */
export interface TraceMessage {
  event: SsoEvent;
  /** Which parameter carried it. */
  carrier: 'SAMLRequest' | 'SAMLResponse' | 'OIDC';
  xml?: string;
  parsed?: ParsedSamlMessage;
  certificates: CertificateInfo[];
  decodeError?: boolean;
}

export type FindingId =
  | 'idp'
  | 'sp'
  | 'flow-sp-initiated'
  | 'flow-idp-initiated'
  | 'status-error'
  | 'assertion-expired'
  | 'assertion-not-yet-valid'
  | 'clock-skew'
  | 'audience-mismatch'
  | 'destination-mismatch'
  | 'in-response-to-mismatch'
  | 'no-signature'
  | 'signature'
  | 'certificate'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'encrypted-assertion'
  | 'nameid'
  | 'no-response'
  | 'oidc-error'
  | 'oidc-request'
  | 'decode-failed';

export interface Finding {
  id: FindingId;
  level: 'error' | 'warning' | 'info';
  message: Text;
  /** The recorded request it is about (1-based), when a recording holds several flows. */
  request?: number;
}

/** One sign-in attempt of a recording: a SAML response, an unanswered request, or an OIDC error. */
export interface FlowOutcome {
  request: number;
  flow?: 'sp-initiated' | 'idp-initiated';
  failingSide?: 'idp' | 'sp';
  occurredAt: number;
  application?: string;
  error?: Text;
}

export interface Diagnosis {
  messages: TraceMessage[];
  findings: Finding[];
  outcomes: FlowOutcome[];
  idp?: { issuer: string; name?: string };
  /** The relying service: its entity id, ACS or OIDC client. */
  application?: string;
  flow?: 'sp-initiated' | 'idp-initiated';
  /** IIJ's (13): the IdP refused (IIJ ID side), or the IdP answered and the service refused it. */
  failingSide?: 'idp' | 'sp';
  /** When the failing (or last) message was seen, ms since epoch. */
  occurredAt?: number;
  /** The first error, in one line, for the ticket. */
  error?: Text;
}

/** SAML's usual allowance between clocks; a larger gap is reported as skew. */
export const SKEW_TOLERANCE_MS = 3 * 60 * 1000;

const KNOWN_IDPS: [RegExp, string][] = [
  [/(^|\.)iij\.(jp|ad\.jp)$/, 'IIJ ID'],
  [/(^|\.)onelogin\.com$/, 'OneLogin'],
  [/(^|\.)(login\.microsoftonline\.com|sts\.windows\.net)$/, 'Microsoft Entra ID'],
  [/(^|\.)okta\.com$/, 'Okta'],
  [/(^|\.)google\.com$/, 'Google'],
];

function hostOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The name an administrator knows the IdP by, from its issuer's host. */
export function idpName(issuer: string): string | undefined {
  const host = hostOf(issuer) ?? issuer;
  return KNOWN_IDPS.find(([pattern]) => pattern.test(host))?.[1];
}

/** example.co.jp, example.com: hosts of one organization compare equal on this. */
function siteOf(host: string): string {
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const keep = tld.length === 2 && second.length <= 3 && labels.length >= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const minutes = (ms: number) => Math.round(Math.abs(ms) / 60000);
const time = (value: string | undefined) => {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};
const shortStatus = (value: string | undefined) => value?.split(':').at(-1);

async function decodeEvent(event: SsoEvent): Promise<TraceMessage[]> {
  const out: TraceMessage[] = [];
  for (const carrier of ['SAMLRequest', 'SAMLResponse'] as const) {
    const value = event.saml?.[carrier];
    if (!value) continue;
    const message: TraceMessage = { event, carrier, certificates: [] };
    try {
      message.xml = await decodeSamlMessage(value);
      message.parsed = readSamlMessage(parseXml(message.xml));
      if (message.parsed.kind === 'Response') {
        for (const cert of message.parsed.certificates) {
          try {
            message.certificates.push(await readCertificate(cert));
          } catch {
            // An unreadable certificate is reported through its absence from the findings.
          }
        }
      }
    } catch {
      message.decodeError = true;
    }
    out.push(message);
  }
  if (event.oidc) out.push({ event, carrier: 'OIDC', certificates: [] });
  return out;
}

type Add = (id: FindingId, level: Finding['level'], ja: string, en: string) => void;
type RequestMessage = TraceMessage & { parsed: ParsedAuthnRequest };
type ResponseMessage = TraceMessage & { parsed: ParsedResponse };

/** What the checks of one SAML response share. */
interface ResponseContext {
  diagnosis: Diagnosis;
  outcome: FlowOutcome;
  add: Add;
  response: ResponseMessage;
  r: ParsedResponse;
  a: ParsedResponse['assertion'];
  observedAt: number;
  issuer?: string;
  request?: RequestMessage;
  requests: RequestMessage[];
  destination?: string;
  audience?: string;
  success: boolean;
}

/** Who answered whom: IdP, SP, flow, status, NameID. */
function describeResponse(c: ResponseContext): void {
  const { diagnosis, outcome, add, response, r, a, issuer, request, requests, destination, audience, success } = c;
  if (issuer) {
    const name = idpName(issuer);
    diagnosis.idp ??= { issuer, name };
    add(
      'idp',
      'info',
      `IdP(Issuer): ${issuer}${name ? `(${name})` : ''}`,
      `IdP (Issuer): ${issuer}${name ? ` (${name})` : ''}`,
    );
  }
  outcome.application = request?.parsed.issuer ?? a?.audiences[0] ?? destination ?? response.event.endpoint;
  add(
    'sp',
    'info',
    `SP: 送信先(Destination/ACS) ${destination ?? response.event.endpoint}${audience ? `、Audience ${audience}` : ''}`,
    `SP: Destination/ACS ${destination ?? response.event.endpoint}${audience ? `, Audience ${audience}` : ''}`,
  );

  if (!r.inResponseTo) {
    outcome.flow = 'idp-initiated';
    add(
      'flow-idp-initiated',
      'info',
      'IdP initiated: AuthnRequest なしに IdP から応答が送られました(InResponseTo なし)。',
      'IdP-initiated: the IdP sent the response unsolicited (no InResponseTo).',
    );
  } else if (request) {
    outcome.flow = 'sp-initiated';
    add(
      'flow-sp-initiated',
      'info',
      `SP initiated: SP の AuthnRequest(ID ${r.inResponseTo})に IdP が応答しました。`,
      `SP-initiated: the IdP answered the SP's AuthnRequest (ID ${r.inResponseTo}).`,
    );
  } else {
    outcome.flow = 'sp-initiated';
    add(
      'in-response-to-mismatch',
      'warning',
      `InResponseTo(${r.inResponseTo})に一致する AuthnRequest が記録にありません${requests.length ? `(記録された ID: ${requests.map((q) => q.parsed.id).join(', ')})` : ''}。SP が別のリクエストへの応答として拒否することがあります。`,
      `No recorded AuthnRequest matches InResponseTo (${r.inResponseTo}); the SP may reject it as an answer to another request.`,
    );
  }

  if (!success) {
    const code = [shortStatus(r.statusCode), shortStatus(r.subStatusCode)].filter(Boolean).join(' / ');
    outcome.failingSide = 'idp';
    add(
      'status-error',
      'error',
      `IdP がエラーを返しました: ステータス ${code || '(なし)'}${r.statusMessage ? `、メッセージ「${r.statusMessage}」` : ''}。${r.statusCode?.endsWith(':Responder') ? 'IdP 側(Responder)で認証できなかったことを示します。' : r.statusCode?.endsWith(':Requester') ? 'SP からのリクエストに IdP が応じられなかったことを示します。' : ''}`,
      `The IdP returned an error: status ${code || '(none)'}${r.statusMessage ? `, message "${r.statusMessage}"` : ''}.`,
    );
  }

  if (a?.nameId)
    add(
      'nameid',
      'info',
      `NameID: 形式 ${a.nameId.format ?? '(指定なし)'}、値 ${a.nameId.value}`,
      `NameID: format ${a.nameId.format ?? '(unspecified)'}, value ${a.nameId.value}`,
    );
  if (r.encryptedAssertion)
    add(
      'encrypted-assertion',
      'info',
      'アサーションは暗号化されているため、NameID・有効期限・Audience はこの記録からは確認できません。',
      'The assertion is encrypted: NameID, validity and audience cannot be checked from the recording.',
    );
}

/** Time conditions against the browser clock, and the audience against the SP. */
function checkConditions(c: ResponseContext): void {
  const { add, response, r, a, observedAt, request, destination, audience, success } = c;
  // Clocks: the IdP stamps IssueInstant with its clock; the browser stamps the arrival with ours.
  const issued = time(r.issueInstant) ?? time(a?.issueInstant);
  const skew = issued !== undefined ? issued - observedAt : 0;
  const skewed = Math.abs(skew) > SKEW_TOLERANCE_MS;
  if (skewed)
    add(
      'clock-skew',
      'error',
      `IdP とこの PC の時計が約${minutes(skew)}分ずれています: IssueInstant ${iso(issued!)}、ブラウザーでの受信 ${iso(observedAt)}(IdP が${skew > 0 ? '進んで' : '遅れて'}います)。SP・IdP・PC の時刻同期(NTP)を確認してください。`,
      `The IdP's clock and this computer's differ by about ${minutes(skew)} minutes: IssueInstant ${iso(issued!)}, received ${iso(observedAt)}.`,
    );
  if (a && success) {
    const notBefore = time(a.notBefore);
    const notOnOrAfter = [time(a.notOnOrAfter), time(a.subjectNotOnOrAfter)].filter((t) => t !== undefined);
    const expiry = notOnOrAfter.length ? Math.min(...notOnOrAfter) : undefined;
    const cause = skewed ? '時計のずれが原因と考えられます。' : '';
    if (expiry !== undefined && expiry <= observedAt)
      add(
        'assertion-expired',
        'error',
        `アサーションの有効期限が切れています: NotOnOrAfter ${iso(expiry)}、受信 ${iso(observedAt)}。${cause}`,
        `The assertion had expired: NotOnOrAfter ${iso(expiry)}, received ${iso(observedAt)}.`,
      );
    if (notBefore !== undefined && notBefore > observedAt)
      add(
        'assertion-not-yet-valid',
        'error',
        `アサーションがまだ有効になっていません: NotBefore ${iso(notBefore)}、受信 ${iso(observedAt)}。${cause}`,
        `The assertion was not valid yet: NotBefore ${iso(notBefore)}, received ${iso(observedAt)}.`,
      );
    const spEntity = request?.parsed.issuer;
    const acsHost = hostOf(destination) ?? hostOf(response.event.endpoint);
    const mismatch = spEntity
      ? a.audiences.length > 0 && !a.audiences.includes(spEntity)
      : acsHost !== undefined &&
        a.audiences.some((aud) => {
          const host = hostOf(aud);
          return host !== undefined && siteOf(host) !== siteOf(acsHost);
        }) &&
        !a.audiences.some((aud) => hostOf(aud) && siteOf(hostOf(aud)!) === siteOf(acsHost));
    if (mismatch)
      add(
        'audience-mismatch',
        'error',
        `Audience が SP と一致しません: Audience ${audience}、${spEntity ? `SP のエンティティID ${spEntity}` : `ACS ${destination ?? response.event.endpoint}`}。IdP に登録した SP のエンティティID を確認してください。`,
        `The Audience does not match the SP: Audience ${audience}, ${spEntity ? `SP entity ID ${spEntity}` : `ACS ${destination ?? response.event.endpoint}`}.`,
      );
  }
  if (r.destination && r.destination !== response.event.endpoint)
    add(
      'destination-mismatch',
      'warning',
      `応答の Destination(${r.destination})と実際の送信先(${response.event.endpoint})が異なります。`,
      `The response's Destination (${r.destination}) differs from where it was posted (${response.event.endpoint}).`,
    );
}

/** Signature presence and the signing certificate's validity. */
function checkSignature(c: ResponseContext): void {
  const { add, response, r, a, observedAt } = c;
  if (!r.signed && !a?.signed && !r.encryptedAssertion)
    add(
      'no-signature',
      'warning',
      '応答にもアサーションにも署名がありません。多くの SP は署名のない応答を拒否します。',
      'Neither the response nor the assertion is signed; most SPs reject that.',
    );
  else
    add(
      'signature',
      'info',
      `署名: ${[r.signed ? '応答' : '', a?.signed ? 'アサーション' : ''].filter(Boolean).join('・') || '(暗号化アサーション内)'}に署名があります(署名の検証は SP が行います)。`,
      `Signed: ${[r.signed ? 'response' : '', a?.signed ? 'assertion' : ''].filter(Boolean).join(' and ') || '(inside the encrypted assertion)'}.`,
    );
  for (const cert of response.certificates) {
    const validity = `有効期間 ${iso(cert.notBefore.getTime())} 〜 ${iso(cert.notAfter.getTime())}、SHA-256 ${cert.sha256}`;
    if (cert.notAfter.getTime() < observedAt)
      add(
        'certificate-expired',
        'error',
        `IdP の署名証明書の有効期限が切れています(${cert.subject}、${validity})。IdP で証明書を更新し、SP に新しい証明書を登録してください。`,
        `The IdP's signing certificate has expired (${cert.subject}, valid ${iso(cert.notBefore.getTime())} – ${iso(cert.notAfter.getTime())}, SHA-256 ${cert.sha256}).`,
      );
    else if (cert.notBefore.getTime() > observedAt)
      add(
        'certificate-not-yet-valid',
        'error',
        `IdP の署名証明書がまだ有効になっていません(${cert.subject}、${validity})。`,
        `The IdP's signing certificate is not valid yet (${cert.subject}).`,
      );
    else
      add(
        'certificate',
        'info',
        `署名証明書: ${cert.subject}、${validity}`,
        `Signing certificate: ${cert.subject}, valid ${iso(cert.notBefore.getTime())} – ${iso(cert.notAfter.getTime())}, SHA-256 ${cert.sha256}`,
      );
  }
}

function describeUnanswered(outcome: FlowOutcome, add: Add, q: RequestMessage): void {
  outcome.application = q.parsed.issuer ?? q.parsed.acsUrl;
  outcome.flow = 'sp-initiated';
  add(
    'sp',
    'info',
    `SP: ${q.parsed.issuer ?? '(Issuer なし)'}、ACS ${q.parsed.acsUrl ?? '(指定なし)'}`,
    `SP: ${q.parsed.issuer ?? '(no Issuer)'}, ACS ${q.parsed.acsUrl ?? '(none)'}`,
  );
  add(
    'no-response',
    'warning',
    `SP の AuthnRequest(${q.event.endpoint} 宛)に対する IdP の応答が記録されていません。IdP でのサインインが完了していないか、IdP がエラー画面を表示しています。`,
    `No IdP response to the SP's AuthnRequest (to ${q.event.endpoint}) was recorded.`,
  );
}

function describeOidc(diagnosis: Diagnosis, outcome: FlowOutcome, add: Add, m: TraceMessage): void {
  const o = m.event.oidc!;
  if (o.error) {
    outcome.failingSide = 'idp';
    outcome.application = o.client_id ?? m.event.endpoint;
    if (o.iss) diagnosis.idp ??= { issuer: o.iss, name: idpName(o.iss) };
    add(
      'oidc-error',
      'error',
      `OIDC/OAuth のエラーが ${m.event.endpoint} に返されました: error=${o.error}${o.error_description ? `、error_description「${o.error_description}」` : ''}${o.iss ? `、iss ${o.iss}` : ''}、state ${o.hasState ? 'あり' : 'なし'}。`,
      `An OIDC/OAuth error was returned to ${m.event.endpoint}: error=${o.error}${o.error_description ? `, "${o.error_description}"` : ''}${o.iss ? `, iss ${o.iss}` : ''}, state ${o.hasState ? 'present' : 'absent'}.`,
    );
  } else if (o.client_id) {
    outcome.application = o.client_id;
    add(
      'oidc-request',
      'info',
      `OIDC/OAuth 認可リクエスト: ${m.event.endpoint}、client_id ${o.client_id}${o.redirect_uri ? `、redirect_uri ${o.redirect_uri}` : ''}、state ${o.hasState ? 'あり' : 'なし'}`,
      `OIDC/OAuth authorization request: ${m.event.endpoint}, client_id ${o.client_id}${o.redirect_uri ? `, redirect_uri ${o.redirect_uri}` : ''}`,
    );
  }
}

function describeMessage(
  diagnosis: Diagnosis,
  m: TraceMessage,
  outcome: FlowOutcome,
  add: Add,
  all: {
    requests: RequestMessage[];
    answered: Set<string | undefined>;
  },
): boolean {
  if (m.decodeError) {
    add(
      'decode-failed',
      'warning',
      `${m.carrier} を解読できませんでした(${m.event.endpoint})。記録の途中で切れたか、SAML 以外の形式です。`,
      `Could not decode ${m.carrier} (${m.event.endpoint}): truncated, or not SAML.`,
    );
    return false;
  }
  if (m.parsed?.kind === 'Response') {
    const response = m as ResponseMessage;
    const r = response.parsed;
    const a = r.assertion;
    const context: ResponseContext = {
      diagnosis,
      outcome,
      add,
      response,
      r,
      a,
      observedAt: response.event.at,
      issuer: r.issuer ?? a?.issuer,
      request: all.requests.find((q) => q.parsed.id && q.parsed.id === r.inResponseTo),
      requests: all.requests,
      destination: r.destination ?? a?.recipient,
      audience: a?.audiences.join(', '),
      success: !!r.statusCode?.endsWith(':Success'),
    };
    describeResponse(context);
    checkConditions(context);
    checkSignature(context);
    return true;
  }
  if (m.parsed?.kind === 'AuthnRequest') {
    const request = m as RequestMessage;
    if (request.parsed.id && all.answered.has(request.parsed.id)) return false;
    describeUnanswered(outcome, add, request);
    return true;
  }
  if (m.carrier === 'OIDC') {
    describeOidc(diagnosis, outcome, add, m);
    return !!m.event.oidc?.error;
  }
  return false;
}

/** Decodes every message of a recording and names what looks wrong, each with its evidence. */
export async function diagnose(trace: Pick<SsoTraceRow, 'events'>): Promise<Diagnosis> {
  const messages = (await Promise.all(trace.events.map(decodeEvent))).flat();
  const findings: Finding[] = [];
  const diagnosis: Diagnosis = { messages, findings, outcomes: [] };
  const requests = messages.filter((m) => m.parsed?.kind === 'AuthnRequest') as RequestMessage[];
  const responses = messages.filter((m) => m.parsed?.kind === 'Response') as ResponseMessage[];
  const answered = new Set(responses.map((m) => m.parsed.inResponseTo));

  // Each attempt in the order recorded: its findings carry its request number, its errors make its outcome.
  for (const m of messages) {
    const outcome: FlowOutcome = { request: trace.events.indexOf(m.event) + 1, occurredAt: m.event.at };
    const first = findings.length;
    const add: Add = (id, level, ja, en) =>
      findings.push({ id, level, message: text(ja, en), request: outcome.request });
    if (!describeMessage(diagnosis, m, outcome, add, { requests, answered })) continue;
    const error = findings.slice(first).find((f) => f.level === 'error');
    outcome.error = error?.message;
    if (error) outcome.failingSide ??= 'sp';
    diagnosis.outcomes.push(outcome);
  }

  const decisive = diagnosis.outcomes.find((o) => o.error) ?? diagnosis.outcomes.at(-1);
  diagnosis.flow = decisive?.flow;
  diagnosis.failingSide = decisive?.failingSide;
  diagnosis.application = decisive?.application;
  diagnosis.error = decisive?.error;
  diagnosis.occurredAt = decisive?.occurredAt ?? trace.events.at(-1)?.at;
  return diagnosis;
}
