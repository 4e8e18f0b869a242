import {
  IDP_SSO_URL,
  SP_ACS,
  authnRequestXml,
  postEncode,
  redirectEncode,
  samlResponseXml,
  signingKey,
  type ResponseOptions,
  type SigningKey,
} from '../../fixtures/sso/saml';
import type { SsoEvent } from '@/sso-trace/types';

const DAY = 86_400_000;
export const NOW = Date.parse('2026-11-21T05:35:00Z');

let validKey: Promise<SigningKey> | undefined;
let expiredKey: Promise<SigningKey> | undefined;
export const goodKey = () =>
  (validKey ??= signingKey({ notBefore: new Date(NOW - 30 * DAY), notAfter: new Date(NOW + 300 * DAY) }));
export const oldKey = () =>
  (expiredKey ??= signingKey({ notBefore: new Date(NOW - 400 * DAY), notAfter: new Date(NOW - 2 * DAY) }));

/** An SP-initiated flow as recorded: AuthnRequest by redirect, Response by POST to the ACS. */
export async function spInitiated(options: Partial<ResponseOptions> = {}): Promise<SsoEvent[]> {
  const key = options.key ?? (await goodKey());
  const request = authnRequestXml({ id: '_req42', issueInstant: NOW - 4000 });
  const response = samlResponseXml({ key, idpNow: NOW, inResponseTo: '_req42', ...options });
  return [
    {
      requestId: '1',
      at: NOW - 4000,
      method: 'GET',
      endpoint: IDP_SSO_URL,
      binding: 'redirect',
      saml: { SAMLRequest: redirectEncode(request), RelayState: '/dashboard' },
      statusCode: 200,
    },
    {
      requestId: '2',
      at: NOW,
      method: 'POST',
      endpoint: SP_ACS,
      binding: 'post',
      saml: { SAMLResponse: postEncode(response), RelayState: '/dashboard' },
      statusCode: 403,
    },
  ];
}

/** An IdP-initiated flow: the Response arrives unsolicited. */
export async function idpInitiated(options: Partial<ResponseOptions> = {}): Promise<SsoEvent[]> {
  const key = options.key ?? (await goodKey());
  const response = samlResponseXml({ key, idpNow: NOW, ...options });
  return [
    {
      requestId: '9',
      at: NOW,
      method: 'POST',
      endpoint: SP_ACS,
      binding: 'post',
      saml: { SAMLResponse: postEncode(response) },
      statusCode: 302,
    },
  ];
}
