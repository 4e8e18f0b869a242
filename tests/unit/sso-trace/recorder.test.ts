import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startRecording, stopRecording } from '@/entrypoints/background/sso-recorder';
import { extractSsoEvent } from '@/sso-trace/extract';
import { database } from '@/storage/db';
import { listTraces } from '@/storage/sso-traces';

type Listener = (details: Record<string, unknown>) => void;

/** webRequest as the browser hands it to the background, with its listeners kept for the test. */
function stubWebRequest() {
  const listeners: Record<string, Listener[]> = {};
  const event = (name: string) => ({
    addListener: (l: Listener) => (listeners[name] ??= []).push(l),
    removeListener: (l: Listener) => (listeners[name] = (listeners[name] ?? []).filter((x) => x !== l)),
  });
  Object.assign(fakeBrowser, {
    webRequest: {
      onBeforeRequest: event('before'),
      onBeforeRedirect: event('redirect'),
      onCompleted: event('completed'),
      onErrorOccurred: event('error'),
    },
  });
  return {
    fire: (name: string, details: Record<string, unknown>) => (listeners[name] ?? []).forEach((l) => l(details)),
    count: (name: string) => listeners[name]?.length ?? 0,
  };
}

const PASSWORD = 'hunter2-パスワード';
const COOKIE = 'SESSIONID=abc123secret';

const loginPost = {
  requestId: '10',
  url: 'https://example.auth.iij.jp/login',
  method: 'POST',
  timeStamp: 1000,
  type: 'main_frame',
  requestBody: { formData: { username: ['taro'], password: [PASSWORD], csrf: ['tok'] } },
  requestHeaders: [{ name: 'Cookie', value: COOKIE }],
};
const acsPost = {
  requestId: '11',
  url: 'https://sp.example.co.jp/saml/acs?session=' + COOKIE,
  method: 'POST',
  timeStamp: 2000,
  type: 'main_frame',
  requestBody: {
    formData: { SAMLResponse: ['PHNhbWxwOlJlc3BvbnNlLz4='], RelayState: ['/home'], password: [PASSWORD] },
  },
  requestHeaders: [{ name: 'Cookie', value: COOKIE }],
};

describe('what a recording keeps', () => {
  it('keeps only SAML parameters and the endpoint of a POST', () => {
    expect(extractSsoEvent(loginPost)).toBeUndefined();
    expect(extractSsoEvent(acsPost)).toEqual({
      requestId: '11',
      at: 2000,
      method: 'POST',
      endpoint: 'https://sp.example.co.jp/saml/acs',
      binding: 'post',
      saml: { SAMLResponse: 'PHNhbWxwOlJlc3BvbnNlLz4=', RelayState: '/home' },
    });
  });

  it('keeps OIDC error parameters and whether state and code were there, never their values', () => {
    const event = extractSsoEvent({
      requestId: '3',
      url: 'https://sp.example.co.jp/cb?error=access_denied&error_description=denied&state=s3cr3t&code=c0de&iss=https%3A%2F%2Fx.onelogin.com%2Foidc%2F2&other=private',
      method: 'GET',
      timeStamp: 5,
    });
    expect(event?.oidc).toEqual({
      error: 'access_denied',
      error_description: 'denied',
      iss: 'https://x.onelogin.com/oidc/2',
      hasState: true,
      hasCode: true,
    });
    expect(JSON.stringify(event)).not.toMatch(/s3cr3t|c0de|private/);
  });
});

describe('the SSO recorder', () => {
  beforeEach(() => {
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setBadgeText = vi.fn(async () => undefined);
    action.setBadgeBackgroundColor = vi.fn(async () => undefined);
  });

  it("never stores a login form's password or a cookie, and gives the permissions back", async () => {
    const webRequest = stubWebRequest();
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as never;
    await startRecording({
      origins: ['https://*.iij.jp/*', 'https://sp.example.co.jp/*'],
      grantedOrigins: ['https://sp.example.co.jp/*'],
      grantedWebRequest: true,
    });
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: 'REC' });
    webRequest.fire('before', loginPost);
    webRequest.fire('before', acsPost);
    webRequest.fire('before', { ...acsPost, requestId: '12', url: 'https://elsewhere.example.com/acs' });
    await vi.waitFor(async () => expect((await listTraces())[0]?.events).toHaveLength(1));
    webRequest.fire('completed', { requestId: '11', timeStamp: 2350, statusCode: 403 });
    await stopRecording();

    const [trace] = await listTraces();
    expect(trace!.stoppedAt).toBeDefined();
    expect(trace!.events).toEqual([
      expect.objectContaining({ endpoint: 'https://sp.example.co.jp/saml/acs', statusCode: 403, durationMs: 350 }),
    ]);
    const everything = JSON.stringify(await Promise.all((await database()).tables.map((t) => t.toArray())));
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('abc123secret');
    expect(everything).not.toContain('taro');
    expect(remove).toHaveBeenCalledWith({ permissions: ['webRequest'], origins: ['https://sp.example.co.jp/*'] });
    expect(webRequest.count('before')).toBe(0);
  });

  it('keeps the status of a request that completes before its start has been judged', async () => {
    const webRequest = stubWebRequest();
    fakeBrowser.permissions.remove = vi.fn(async () => true) as never;
    await startRecording({ origins: ['https://sp.example.co.jp/*'], grantedOrigins: [], grantedWebRequest: true });
    // The browser hands both events over in one go: the start is still being judged.
    webRequest.fire('before', acsPost);
    webRequest.fire('completed', { requestId: '11', timeStamp: 2040, statusCode: 403 });
    await vi.waitFor(async () =>
      expect((await listTraces())[0]?.events).toEqual([expect.objectContaining({ statusCode: 403, durationMs: 40 })]),
    );
    await stopRecording();
  });
});
