import { browser, type Browser } from 'wxt/browser';
import * as z from '@/schemas/zod-mini';
import { extractSsoEvent, type RequestDetails } from '@/sso-trace/extract';
import { ssoStartMessage, ssoStatusMessage, ssoStopMessage, type SsoRecordingStatus } from '@/sso-trace/messages';
import { MAX_RECORDING_MS } from '@/sso-trace/types';
import { database } from '@/storage/db';
import { completeTraceEvent, createTrace, finishTrace, putTraceEvent } from '@/storage/sso-traces';
import { refreshBadge } from './capture';
import { handle } from './router';

/**
 * 「SSOの動作を記録」: while a recording runs, keeps the SAML messages and OIDC/OAuth redirect
 * parameters of top-level and frame navigations to the watched sites (sso-trace/extract.ts
 * decides what is kept; everything else of a request is dropped in the listener). It stops when
 * the user stops it or after 5 minutes, and then gives back the permissions it was granted for it.
 */

const STOP_ALARM = 'sso-recording-stop';
const STATE_KEY = 'ssoRecording';
const RECORDING_BADGE = 'REC';
const RECORDING_COLOR = '#c62828';

const recordingState = z.object({
  traceId: z.string(),
  origins: z.array(z.string()),
  grantedOrigins: z.array(z.string()),
  grantedWebRequest: z.boolean(),
  until: z.string(),
});
type RecordingState = z.infer<typeof recordingState>;

const toolbar = () => browser.action ?? browser.browserAction;

let state: RecordingState | undefined;
let loaded: Promise<void> | undefined;
/**
 * Requests of this recording, by id: their start time (for the duration) once the request is known
 * to be kept, undefined when it is not. Registered as the request starts, so a completion that
 * arrives while the start is still being judged waits for that judgement instead of being lost.
 */
const kept = new Map<string, Promise<{ traceId: string; started: number } | undefined>>();
/** Writes run one after another so a completion never overtakes the event it completes. */
let writes: Promise<void> = Promise.resolve();
const queue = (write: () => Promise<void>) => {
  writes = writes.then(write).catch(() => undefined);
  return writes;
};
let listening = false;

async function loadState(): Promise<void> {
  const db = await database();
  const row = await db.settings.get(STATE_KEY);
  const parsed = recordingState.safeParse(row?.value);
  state = parsed.success ? parsed.data : undefined;
}

/** `https://host/*` and `https://*.host/*` as the manifest writes them. */
export function matchesOrigin(url: string, patterns: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false;
    host = parsed.hostname;
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const pattern_host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
    if (!pattern_host) return false;
    if (pattern_host.startsWith('*.')) {
      const base = pattern_host.slice(2);
      return host === base || host.endsWith(`.${base}`);
    }
    return host === pattern_host;
  });
}

async function current(): Promise<RecordingState | undefined> {
  loaded ??= loadState();
  await loaded;
  if (state && Date.parse(state.until) <= Date.now()) {
    await stopRecording();
    return undefined;
  }
  return state;
}

function onBeforeRequest(details: Browser.webRequest.OnBeforeRequestDetails): undefined {
  const judged = (async () => {
    const recording = await current();
    if (!recording || !matchesOrigin(details.url, recording.origins)) return undefined;
    const event = extractSsoEvent(details as RequestDetails);
    if (!event) return undefined;
    // Queued before the judgement resolves, so the completion's write always comes after it.
    void queue(() => putTraceEvent(recording.traceId, event));
    return { traceId: recording.traceId, started: details.timeStamp };
  })();
  kept.set(details.requestId, judged);
  void judged.then((request) => request === undefined && kept.delete(details.requestId));
  return undefined;
}

function onFinished(details: { requestId: string; timeStamp: number; statusCode?: number; error?: string }): void {
  const judged = kept.get(details.requestId);
  if (!judged) return;
  kept.delete(details.requestId);
  void judged.then((request) => {
    if (!request) return;
    return queue(() =>
      completeTraceEvent(request.traceId, details.requestId, {
        statusCode: details.statusCode,
        durationMs: Math.max(0, details.timeStamp - request.started),
        failed: details.error,
      }),
    );
  });
}

/**
 * The webRequest API exists only while its permission is granted. Listening starts as soon as it
 * is there (also when the service worker wakes up during a recording) and ends with the grant.
 */
function listen(): void {
  const webRequest = browser.webRequest;
  if (listening || !webRequest) return;
  const filter = { urls: ['https://*/*'], types: ['main_frame', 'sub_frame'] as Browser.webRequest.ResourceType[] };
  webRequest.onBeforeRequest.addListener(onBeforeRequest, filter, ['requestBody']);
  webRequest.onBeforeRedirect.addListener(onFinished, filter);
  webRequest.onCompleted.addListener(onFinished, filter);
  webRequest.onErrorOccurred.addListener(onFinished, filter);
  listening = true;
}

function unlisten(): void {
  const webRequest = browser.webRequest;
  if (!listening || !webRequest) return;
  webRequest.onBeforeRequest.removeListener(onBeforeRequest);
  webRequest.onBeforeRedirect.removeListener(onFinished);
  webRequest.onCompleted.removeListener(onFinished);
  webRequest.onErrorOccurred.removeListener(onFinished);
  listening = false;
}

export async function startRecording(options: {
  origins: string[];
  grantedOrigins: string[];
  grantedWebRequest: boolean;
  now?: Date;
}): Promise<SsoRecordingStatus> {
  if (await current()) await stopRecording();
  const now = options.now ?? new Date();
  const next: RecordingState = {
    traceId: crypto.randomUUID(),
    origins: options.origins,
    grantedOrigins: options.grantedOrigins,
    grantedWebRequest: options.grantedWebRequest,
    until: new Date(now.getTime() + MAX_RECORDING_MS).toISOString(),
  };
  await createTrace({ id: next.traceId, startedAt: now.toISOString(), origins: options.origins, events: [] });
  const db = await database();
  await db.settings.put({ key: STATE_KEY, value: next });
  state = next;
  loaded = Promise.resolve();
  kept.clear();
  listen();
  await browser.alarms.create(STOP_ALARM, { when: Date.parse(next.until) });
  await toolbar().setBadgeBackgroundColor({ color: RECORDING_COLOR });
  await toolbar().setBadgeText({ text: RECORDING_BADGE });
  return { recording: true, traceId: next.traceId, until: next.until };
}

export async function stopRecording(): Promise<SsoRecordingStatus> {
  loaded ??= loadState();
  await loaded;
  const ended = state;
  state = undefined;
  kept.clear();
  await writes;
  const db = await database();
  await db.settings.delete(STATE_KEY);
  await browser.alarms.clear(STOP_ALARM);
  unlisten();
  if (ended) {
    await finishTrace(ended.traceId, new Date().toISOString());
    const permissions: Browser.runtime.ManifestPermission[] = ended.grantedWebRequest ? ['webRequest'] : [];
    if (permissions.length || ended.grantedOrigins.length) {
      try {
        await browser.permissions.remove({ permissions, origins: ended.grantedOrigins });
      } catch {
        // A permission the build declares itself cannot be removed; the optional ones went with it.
        if (ended.grantedOrigins.length)
          await browser.permissions.remove({ origins: ended.grantedOrigins }).catch(() => false);
      }
    }
  }
  await refreshBadge();
  return { recording: false, traceId: ended?.traceId };
}

export function startSsoRecorder(): void {
  // Synchronously, so a service worker woken by a navigation during a recording hears it.
  listen();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === STOP_ALARM) void stopRecording();
  });
  browser.permissions.onAdded?.addListener(() => listen());
  handle(ssoStartMessage, 'extension', (payload) => startRecording(payload));
  handle(ssoStopMessage, 'extension', () => stopRecording());
  handle(ssoStatusMessage, 'extension', async (): Promise<SsoRecordingStatus> => {
    const recording = await current();
    return recording ? { recording: true, traceId: recording.traceId, until: recording.until } : { recording: false };
  });
}
