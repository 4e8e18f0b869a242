import { say } from '@/schemas/i18n';
import type { Diagnosis } from './diagnose';

/**
 * What a form learns from a diagnosed SSO trace (plain data, so form folders depend on nothing
 * of the decoder). Each form turns it into its own items with its `fromSsoTrace` hook.
 */
export interface SsoTraceSummary {
  /** When the failing (or last) message was seen, ms since epoch. */
  occurredAt?: number;
  /** The service signed in to: SP entity ID, ACS or OIDC client. */
  application?: string;
  idp?: { issuer: string; name?: string };
  flow?: 'sp-initiated' | 'idp-initiated';
  failingSide?: 'idp' | 'sp';
  /** The first error finding, as a sentence; undefined when nothing failed. */
  error?: string;
  /** Every error and warning, as sentences. */
  problems: string[];
  /** Each attempt recorded: its flow and its first error (none when it went through). */
  attempts: { flow?: 'sp-initiated' | 'idp-initiated'; error?: string }[];
}

export function summarize(diagnosis: Diagnosis): SsoTraceSummary {
  return {
    occurredAt: diagnosis.occurredAt,
    application: diagnosis.application,
    idp: diagnosis.idp,
    flow: diagnosis.flow,
    failingSide: diagnosis.failingSide,
    error: diagnosis.error ? say(diagnosis.error) : undefined,
    problems: diagnosis.findings.filter((f) => f.level !== 'info').map((f) => say(f.message)),
    attempts: diagnosis.outcomes.map((o) => ({ flow: o.flow, error: o.error ? say(o.error) : undefined })),
  };
}
