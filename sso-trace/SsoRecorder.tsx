import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useLive } from '@/storage/live';
import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import { deleteTrace, listTraces } from '@/storage/sso-traces';
import { sendToBackground } from '@/utils/send-message';
import { ssoStartMessage, ssoStatusMessage, ssoStopMessage, type SsoRecordingStatus } from './messages';
import { originsFor } from './origins';
import './sso-trace.css';
import type { SsoTraceSummary } from './summary';

// The decoder (XML and certificate parsing) loads only when a trace is opened.
const TraceView = lazy(() => import('./TraceView'));

export interface TraceApplication {
  summary: SsoTraceSummary;
  attachment: { name: string; text: string; pageUrl: string };
}

/** The recording's state and its start/stop, with the permissions each needs. */
function useRecording(origins: string[], invalid: string | undefined) {
  const [status, setStatus] = useState<SsoRecordingStatus>({ recording: false });
  const [message, setMessage] = useState('');
  const [held, setHeld] = useState<{ webRequest: boolean; origins: Set<string> }>();

  useEffect(() => {
    void sendToBackground<SsoRecordingStatus>(ssoStatusMessage.parse({ type: 'sso/status' })).then(
      setStatus,
      () => undefined,
    );
  }, []);
  // What is held already, known before the click: the request must follow the gesture at once,
  // and only what this recording adds is given back when it stops.
  useEffect(() => {
    void (async () => {
      const webRequest = await browser.permissions.contains({ permissions: ['webRequest'] });
      const contained = await Promise.all(origins.map((o) => browser.permissions.contains({ origins: [o] })));
      setHeld({ webRequest, origins: new Set(origins.filter((_, i) => contained[i])) });
    })();
  }, [origins]);

  async function start() {
    if (invalid) {
      setMessage(
        say(
          text(
            `「${invalid}」はホスト名として正しくありません(例: sp.example.co.jp)`,
            `"${invalid}" is not a host name (e.g. sp.example.co.jp)`,
          ),
        ),
      );
      return;
    }
    const granted = await browser.permissions.request({ permissions: ['webRequest'], origins });
    if (!granted) {
      setMessage(
        say(
          text(
            '記録に必要な権限が許可されなかったため、記録しませんでした。',
            'The permissions were not granted: nothing is recorded.',
          ),
        ),
      );
      return;
    }
    try {
      const next = await sendToBackground<SsoRecordingStatus>(
        ssoStartMessage.parse({
          type: 'sso/start',
          origins,
          grantedOrigins: origins.filter((o) => !held?.origins.has(o)),
          grantedWebRequest: !held?.webRequest,
        }),
      );
      setStatus(next);
      setMessage(
        say(
          text(
            '記録中です。サインインを再現してから「記録を停止」を押してください(最長5分)。',
            'Recording. Reproduce the sign-in, then press "Stop recording" (5 minutes at most).',
          ),
        ),
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  async function stop() {
    const next = await sendToBackground<SsoRecordingStatus>(ssoStopMessage.parse({ type: 'sso/stop' }));
    setStatus(next);
    setMessage(say(text('記録を停止し、権限を返却しました。', 'Recording stopped; the permissions were given back.')));
    return next;
  }
  return { status, message, start, stop };
}

/** The recordings, newest first; opening one decodes it. */
function TraceList({
  openId,
  setOpenId,
  formTitle,
  canApply,
  onApply,
}: {
  openId?: string;
  setOpenId: (id: string | undefined) => void;
  formTitle: string;
  canApply: boolean;
  onApply: (application: TraceApplication) => Promise<void>;
}) {
  const traces = useLive(listTraces, []);
  if (!traces?.length) return null;
  return (
    <ul className="sso-traces">
      {traces.map((trace) => (
        <li key={trace.id}>
          <button
            type="button"
            aria-expanded={openId === trace.id}
            onClick={() => setOpenId(openId === trace.id ? undefined : trace.id)}
          >
            {new Date(trace.startedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })} ·{' '}
            {say(text(`${trace.events.length}件`, `${trace.events.length} messages`))}
            {!trace.stoppedAt && say(text('(記録中)', ' (recording)'))}
          </button>
          <button type="button" className="danger" onClick={() => void deleteTrace(trace.id)}>
            {say(text('削除', 'Delete'))}
          </button>
          {openId === trace.id && trace.stoppedAt && (
            <Suspense fallback={<p className="muted">{say(text('解析中…', 'Decoding…'))}</p>}>
              <TraceView trace={trace} formTitle={formTitle} canApply={canApply} onApply={onApply} />
            </Suspense>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * 「SSOの動作を記録」: asks for webRequest and the sites at that moment (a user gesture), lets the
 * background record, and lists the recordings; opening one loads the decoder.
 */
export function SsoRecorder({
  tabUrl,
  formTitle,
  canApply,
  onApply,
}: {
  tabUrl?: string;
  formTitle: string;
  canApply: boolean;
  onApply: (application: TraceApplication) => Promise<void>;
}) {
  const [typed, setTyped] = useState('');
  const [openId, setOpenId] = useState<string>();
  const { origins, invalid } = useMemo(() => originsFor(tabUrl, typed), [tabUrl, typed]);
  const { status, message, start, stop } = useRecording(origins, invalid);

  return (
    <section className="sso-recorder" aria-label={say(text('SSOの動作を記録', 'Record SSO'))}>
      <div className="row">
        {status.recording ? (
          <button type="button" className="danger" onClick={() => void stop().then((next) => setOpenId(next.traceId))}>
            {say(text('記録を停止', 'Stop recording'))}
          </button>
        ) : (
          <button type="button" onClick={() => void start()}>
            {say(text('SSOの動作を記録', 'Record SSO'))}
          </button>
        )}
        {!status.recording && (
          <label className="muted">
            {say(text('他に記録するサイト', 'Other sites to record'))}{' '}
            <input value={typed} placeholder="sp.example.co.jp" onChange={(event) => setTyped(event.target.value)} />
          </label>
        )}
      </div>
      <p className="muted">
        {say(text('記録するサイト: ', 'Sites recorded: '))}
        {origins.map((o) => o.replace(/^https:\/\/|\/\*$/g, '')).join(', ')}
      </p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <TraceList openId={openId} setOpenId={setOpenId} formTitle={formTitle} canApply={canApply} onApply={onApply} />
    </section>
  );
}
