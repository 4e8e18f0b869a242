import { useState } from 'react';
import { say, text } from '@/schemas/i18n';
import type { FillReport } from '@/schemas/fill';
import { missingRequired, reportTexts, statusText } from '@/page-adapters/fill-report';

/**
 * What the page holds after a fill, field by field, as read back from the page. An incomplete
 * fill says so plainly and offers the text on the clipboard, so nobody submits a half-filled form.
 */
export function FillReportView({
  report,
  clipboard,
  notice,
}: {
  report: FillReport;
  clipboard: string;
  notice?: string;
}) {
  const [copied, setCopied] = useState(false);
  const required = missingRequired(report);
  return (
    <section className="fill-report" aria-label={say(text('入力結果', 'Fill report'))}>
      <p role="status" className={report.complete ? 'ok' : 'notice error'}>
        {say(report.complete ? reportTexts.complete : reportTexts.incomplete)}
      </p>
      {notice && <p className="notice">{notice}</p>}
      {required.length > 0 && (
        <p role="alert" className="error">
          {say(reportTexts.requiredMissing)} {required.map((f) => f.label).join('、')}
        </p>
      )}
      <ul className="fill-report-fields">
        {report.fields.map((field, index) => (
          <li key={index} className={field.status === 'filled' ? 'ok' : 'error'}>
            <strong>{field.label}</strong>: {say(statusText[field.status])}
            {field.note && <p className="note">{field.note}</p>}
            {field.status === 'differs' && (
              <dl className="muted">
                <dt>{say(reportTexts.expected)}</dt>
                <dd>{field.expected}</dd>
                <dt>{say(reportTexts.actual)}</dt>
                <dd>{field.actual}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      {!report.complete && (
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => void navigator.clipboard.writeText(clipboard).then(() => setCopied(true))}
          >
            {say(reportTexts.copy)}
          </button>
          {copied && (
            <span role="status" className="ok">
              {say(reportTexts.copied)}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
