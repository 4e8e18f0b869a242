import { useId } from 'react';
import type { Environment } from '@/schemas/environment';
import { say, text, type Text } from '@/schemas/i18n';

// The page and the moment belong to the incident (the form's own fields), not to this machine.
type EditableKey = 'osName' | 'osVersion' | 'browserName' | 'browserVersion' | 'userTimeZone';

const rows: { key: EditableKey; label: Text; type?: string }[] = [
  { key: 'osName', label: text('OS', 'OS') },
  { key: 'osVersion', label: text('OSのバージョン', 'OS version') },
  { key: 'browserName', label: text('ブラウザ', 'Browser') },
  { key: 'browserVersion', label: text('ブラウザのバージョン', 'Browser version') },
  { key: 'userTimeZone', label: text('お使いのタイムゾーン', 'Your time zone') },
];

export interface EnvironmentPanelProps {
  environment: Partial<Environment>;
  /** Keys the user changed; the others are shown as detected. */
  edited: ReadonlySet<string>;
  /** Detection still running: values stream in. */
  detecting: boolean;
  onChange: (key: EditableKey, value: string) => void;
}

/** What was detected about this machine and page, each value editable before it goes into the form. */
export function EnvironmentPanel({ environment, edited, detecting, onChange }: EnvironmentPanelProps) {
  const baseId = useId();
  return (
    <details className="environment" open>
      <summary>
        {say(text('環境情報(自動検出)', 'Environment (detected)'))}
        {detecting && (
          <span className="muted" role="status">
            {' '}
            — {say(text('検出中…', 'detecting…'))}
          </span>
        )}
      </summary>
      <div className="env-grid">
        {rows
          .filter((row) => row.key !== 'userTimeZone' || environment.userTimeZone)
          .map(({ key, label, type }) => {
            const id = `${baseId}-${key}`;
            const needsCheck = key === 'osVersion' && environment.osVersionUnknown && !edited.has(key);
            const badge = needsCheck
              ? text('要確認', 'please check')
              : edited.has(key)
                ? text('編集済み', 'edited')
                : environment[key]
                  ? text('検出', 'detected')
                  : undefined;
            return (
              <div className="env-row" key={key}>
                <label htmlFor={id}>{say(label)}</label>
                <input
                  id={id}
                  type={type ?? 'text'}
                  value={environment[key] ?? ''}
                  aria-describedby={badge ? `${id}-badge` : undefined}
                  onChange={(e) => onChange(key, e.target.value)}
                />
                {badge && (
                  <span id={`${id}-badge`} className={needsCheck ? 'badge warn' : 'badge'}>
                    {say(badge)}
                  </span>
                )}
              </div>
            );
          })}
      </div>
    </details>
  );
}
