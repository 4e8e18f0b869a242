import type { SsoTraceSummary } from '@/sso-trace/summary';
import { toJstMinute } from '../../jst';

const MAX = 1000;

/**
 * Items (4), (8), (10) and (13) from a recorded sign-in: when it failed, the service signed in
 * to, the result for the flow that was recorded (SP- or IdP-initiated), and which side refused —
 * IIJ ID answering with an error is IIJ ID's side; a successful IIJ ID answer the service then
 * rejected is the linked service's side.
 */
export function iijLoginFromSsoTrace(trace: SsoTraceSummary): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (trace.occurredAt !== undefined) values.occurredAt = toJstMinute(new Date(trace.occurredAt));
  if (trace.application) values.externalService = trace.application.slice(0, MAX);
  for (const [flow, path] of [
    ['sp-initiated', 'sso.spInitiated'],
    ['idp-initiated', 'sso.idpInitiated'],
  ] as const) {
    const attempts = trace.attempts.filter((a) => a.flow === flow);
    if (!attempts.length) continue;
    const failed = attempts.find((a) => a.error);
    const result = failed
      ? `ログインできない(SSOトレースより: ${failed.error})`
      : 'ログインできる(SSOトレースでエラーは見つかりませんでした)';
    values[path] = result.slice(0, MAX);
  }
  if (trace.failingSide === 'idp') values.failurePoint = 'iijId';
  if (trace.failingSide === 'sp') values.failurePoint = 'federatedService';
  return values;
}
