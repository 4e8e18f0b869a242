import { useEffect, useMemo, useState } from 'react';
import { say, text } from '@/schemas/i18n';
import { compactJstMinute } from '@/schemas/jst';
import { diagnose, type Diagnosis } from './diagnose';
import { redactableFields, traceAttachmentText } from './redact';
import type { TraceApplication } from './SsoRecorder';
import { summarize } from './summary';
import type { SsoTraceRow } from './types';

const levelText = { error: text('エラー', 'Error'), warning: text('注意', 'Warning'), info: text('情報', 'Info') };

/** One recording decoded: findings in the user's language, what the attachment hides, and「問い合わせに反映」. */
export default function TraceView({
  trace,
  formTitle,
  canApply,
  onApply,
}: {
  trace: SsoTraceRow;
  formTitle: string;
  canApply: boolean;
  onApply: (application: TraceApplication) => Promise<void>;
}) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>();
  const [reveal, setReveal] = useState<ReadonlySet<string>>(new Set());
  const [applied, setApplied] = useState(false);
  useEffect(() => {
    void diagnose(trace).then(setDiagnosis);
  }, [trace]);
  const fields = useMemo(() => (diagnosis ? redactableFields(diagnosis) : []), [diagnosis]);
  const attachment = useMemo(
    () => (diagnosis ? traceAttachmentText(trace, diagnosis, reveal) : ''),
    [trace, diagnosis, reveal],
  );
  if (!diagnosis) return <p className="muted">{say(text('解析中…', 'Decoding…'))}</p>;

  const toggle = (key: string) =>
    setReveal((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  async function apply() {
    const summary = summarize(diagnosis!);
    await onApply({
      summary,
      attachment: {
        name: `sso-trace-${compactJstMinute(new Date(trace.startedAt))}.txt`,
        text: attachment,
        pageUrl: trace.events[0]?.endpoint ?? '',
      },
    });
    setApplied(true);
  }

  return (
    <div className="sso-trace">
      {trace.events.length === 0 ? (
        <p className="muted">
          {say(text('SAML・OIDC のメッセージは記録されませんでした。', 'No SAML or OIDC message was recorded.'))}
        </p>
      ) : (
        <ul className="messages sso-findings">
          {diagnosis.findings.map((finding, i) => (
            <li key={i} className={finding.level === 'info' ? 'hint' : finding.level} data-finding={finding.id}>
              <span className="visually-hidden">{say(levelText[finding.level])}: </span>
              {finding.request && `[${finding.request}] `}
              {say(finding.message)}
            </li>
          ))}
        </ul>
      )}
      {fields.length > 0 && (
        <fieldset>
          <legend>
            {say(text('添付ファイルで伏せる項目(チェックすると表示)', 'Hidden in the attachment (check to reveal)'))}
          </legend>
          {fields.map((field) => (
            <label key={field.key}>
              <input type="checkbox" checked={reveal.has(field.key)} onChange={() => toggle(field.key)} /> {field.label}
            </label>
          ))}
        </fieldset>
      )}
      <details>
        <summary>{say(text('添付するテキストを確認', 'Preview the attachment'))}</summary>
        <pre className="sso-attachment">{attachment}</pre>
      </details>
      {canApply && trace.events.length > 0 && (
        <button type="button" onClick={() => void apply()} disabled={applied}>
          {applied
            ? say(text('反映しました', 'Applied'))
            : say(text(`「${formTitle}」に反映して添付`, `Apply to "${formTitle}" and attach`))}
        </button>
      )}
    </div>
  );
}
