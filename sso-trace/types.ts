/**
 * What a recording keeps of one request: only SAML messages and OIDC/OAuth redirect parameters,
 * the endpoint (origin + path, never the query), timing and status. Built by extract.ts; nothing
 * else of a request (other form fields, cookies, headers, bodies) is ever held.
 */
export interface SsoEvent {
  requestId: string;
  /** ms since epoch, the browser clock when the request started. */
  at: number;
  method: string;
  /** origin + pathname only. */
  endpoint: string;
  binding: 'redirect' | 'post';
  saml?: {
    /** base64 as sent (deflated for the redirect binding). */
    SAMLRequest?: string;
    SAMLResponse?: string;
    RelayState?: string;
    SigAlg?: string;
    /** The redirect binding's detached signature: only whether it was there. */
    signed?: boolean;
  };
  oidc?: {
    error?: string;
    error_description?: string;
    error_uri?: string;
    iss?: string;
    client_id?: string;
    response_type?: string;
    /** origin + pathname of redirect_uri. */
    redirect_uri?: string;
    hasState: boolean;
    hasCode: boolean;
  };
  statusCode?: number;
  /** ms the request took, when it completed. */
  durationMs?: number;
  failed?: string;
}

export interface SsoTraceRow {
  id: string;
  /** ISO instants. */
  startedAt: string;
  stoppedAt?: string;
  /** The origins the recording watched. */
  origins: string[];
  events: SsoEvent[];
}

/** Recording lasts at most this long. */
export const MAX_RECORDING_MS = 5 * 60 * 1000;
