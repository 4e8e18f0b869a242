import type { SsoTraceSummary } from '@/sso-trace/summary';
import { toJstMinute } from '../../jst';

/** Pentio asks for the failing application, its ID and the exact error (seed 002). */
export function pentioFromSsoTrace(trace: SsoTraceSummary): Record<string, unknown> {
  const values: Record<string, unknown> = { inquiryType: 'troubleshoot' };
  const symptom = [
    trace.application ? `アプリケーション: ${trace.application}` : '',
    trace.idp ? `IdP: ${trace.idp.name ? `${trace.idp.name} ` : ''}(${trace.idp.issuer})` : '',
    ...(trace.problems.length
      ? trace.problems.map((p) => `エラー: ${p}`)
      : ['エラー: SSOトレースでは見つかりませんでした']),
  ].filter(Boolean);
  values['trouble.symptom'] = symptom.join('\n');
  if (trace.application) values['trouble.entities'] = `アプリケーション: ${trace.application}`;
  if (trace.occurredAt !== undefined) values['trouble.occurredAt'] = toJstMinute(new Date(trace.occurredAt));
  return values;
}
