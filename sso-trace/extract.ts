import type { SsoEvent } from './types';

/** The parts of webRequest's onBeforeRequest details this module reads. */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  timeStamp: number;
  requestBody?: { formData?: Record<string, string[] | undefined> | null } | null;
}

const SAML_FIELDS = ['SAMLRequest', 'SAMLResponse', 'RelayState', 'SigAlg'] as const;
const MAX_VALUE = 200_000;

const first = (values: string[] | undefined | null) => (values && values.length ? values[0] : undefined);
const clip = (value: string | undefined, max = MAX_VALUE) => (value === undefined ? undefined : value.slice(0, max));

function endpointOf(url: URL): string {
  return url.origin + url.pathname;
}

function safeEndpoint(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return endpointOf(new URL(value));
  } catch {
    return undefined;
  }
}

/**
 * Keeps a request only when it carries a SAML message or OIDC/OAuth redirect parameters, and then
 * only those parameters: a login form's other fields (user name, password), the rest of the query
 * and anything else of the request never leave this function.
 */
export function extractSsoEvent(details: RequestDetails): SsoEvent | undefined {
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const form = details.method === 'POST' ? (details.requestBody?.formData ?? undefined) : undefined;
  const query = url.searchParams;
  const pick = (name: string) => (form ? first(form[name]) : undefined) ?? query.get(name) ?? undefined;

  const saml: NonNullable<SsoEvent['saml']> = {};
  for (const name of SAML_FIELDS) {
    const value = clip(pick(name), name === 'RelayState' || name === 'SigAlg' ? 2000 : MAX_VALUE);
    if (value !== undefined) saml[name] = value;
  }
  const hasSamlMessage = saml.SAMLRequest !== undefined || saml.SAMLResponse !== undefined;
  if (hasSamlMessage && query.has('Signature')) saml.signed = true;

  const oidcHint = ['error', 'client_id', 'code', 'iss'].some((name) => query.has(name));
  const looksOidc =
    !hasSamlMessage &&
    oidcHint &&
    (query.has('error') || query.has('state') || query.has('response_type') || query.has('redirect_uri'));
  const oidc: SsoEvent['oidc'] = looksOidc
    ? {
        error: clip(query.get('error') ?? undefined, 200),
        error_description: clip(query.get('error_description') ?? undefined, 2000),
        error_uri: safeEndpoint(query.get('error_uri')),
        iss: clip(query.get('iss') ?? undefined, 500),
        client_id: clip(query.get('client_id') ?? undefined, 500),
        response_type: clip(query.get('response_type') ?? undefined, 100),
        redirect_uri: safeEndpoint(query.get('redirect_uri')),
        hasState: query.has('state'),
        hasCode: query.has('code'),
      }
    : undefined;
  if (!hasSamlMessage && !oidc) return undefined;
  if (oidc) for (const key of Object.keys(oidc) as (keyof typeof oidc)[]) if (oidc[key] === undefined) delete oidc[key];

  return {
    requestId: details.requestId,
    at: details.timeStamp,
    method: details.method,
    endpoint: endpointOf(url),
    binding: form && (form.SAMLRequest || form.SAMLResponse) ? 'post' : 'redirect',
    ...(hasSamlMessage ? { saml } : {}),
    ...(oidc ? { oidc } : {}),
  };
}
