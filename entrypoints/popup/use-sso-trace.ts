import { useMemo, useState } from 'react';
import type { FormMessage } from '@/components/form/validate';
import { sameValue } from '@/components/form/same-value';
import { notifyCapturesChanged } from '@/capture/notify';
import { say, text } from '@/schemas/i18n';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';
import type { TraceApplication } from '@/sso-trace/SsoRecorder';
import { saveCapture } from '@/storage/captures';
import type { DraftSession } from './use-draft-session';

/**
 * A diagnosed SSO trace into the open draft: the form's `fromSsoTrace` items (marked as detected
 * while they hold the detected value; editable like any other) and the redacted trace attached as
 * a text file, through the same attachments screenshots use.
 */
export function useSsoTraceApplication(draft: DraftSession) {
  const [detected, setDetected] = useState<{ formId: string; values: Record<string, unknown> }>();
  const session = draft.session;

  return useMemo(
    () => ({
      async apply({ summary, attachment }: TraceApplication) {
        if (!session) return;
        const values = session.form.fromSsoTrace?.(summary) ?? {};
        draft.applyFix((current: Values) =>
          Object.entries(values).reduce((acc, [path, value]) => withValueAt(acc, path, value), current),
        );
        setDetected({ formId: session.form.id, values });
        const blob = new Blob([attachment.text], { type: 'text/plain' });
        await saveCapture({
          id: crypto.randomUUID(),
          createdAt: new Date().toISOString(),
          pageUrl: attachment.pageUrl,
          title: attachment.name,
          mimeType: 'text/plain',
          image: blob,
          width: 0,
          height: 0,
          bytes: blob.size,
          stamped: false,
          redacted: true,
          incidentId: session.incidentId,
        });
        notifyCapturesChanged();
      },
      /** The draft's messages plus 「SSOトレースから検出」 beside each item that still holds what was detected. */
      withDetectedHints(messages: Map<string, FormMessage[]>): Map<string, FormMessage[]> {
        if (!session || detected?.formId !== session.form.id) return messages;
        const merged = new Map(messages);
        for (const [path, value] of Object.entries(detected.values)) {
          if (!sameValue(valueAt(session.values, path), value)) continue;
          const hint: FormMessage = {
            level: 'hint',
            text: say(text('SSOトレースから検出しました(編集できます)', 'Detected from the SSO trace (editable)')),
          };
          merged.set(path, [...(merged.get(path) ?? []), hint]);
        }
        return merged;
      },
    }),
    [session, detected, draft],
  );
}
