import { lazy } from 'react';
import { Disclosure } from '@/components/Disclosure';
import type { FormDefinition } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import type { TraceApplication } from './SsoRecorder';

const SsoRecorder = lazy(() => import('./SsoRecorder').then((m) => ({ default: m.SsoRecorder })));

/** The popup's section: the recorder's code loads when it is opened, the decoder when a trace is. */
export function SsoTracePanel({
  form,
  tabUrl,
  onApply,
}: {
  form: FormDefinition;
  tabUrl?: string;
  onApply: (application: TraceApplication) => Promise<void>;
}) {
  return (
    <Disclosure className="history-panel" summary={say(text('SSOの動作を記録', 'Record SSO'))}>
      <SsoRecorder tabUrl={tabUrl} formTitle={say(form.title)} canApply={!!form.fromSsoTrace} onApply={onApply} />
    </Disclosure>
  );
}
