/** IdPs the vendors' customers sign in with: watched in every recording. */
export const KNOWN_IDP_ORIGINS = ['https://*.iij.jp/*', 'https://*.onelogin.com/*'];

const HOST = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Host names typed by the user (comma or space separated) → origin patterns, or the bad one. */
export function originsFor(tabUrl: string | undefined, typed: string): { origins: string[]; invalid?: string } {
  const origins = new Set(KNOWN_IDP_ORIGINS);
  try {
    const url = tabUrl ? new URL(tabUrl) : undefined;
    if (url?.protocol === 'https:') origins.add(`https://${url.hostname}/*`);
  } catch {
    // not a page (about:blank): only typed hosts and the known IdPs
  }
  for (const raw of typed.split(/[\s,、]+/).filter(Boolean)) {
    const host = raw
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '')
      .toLowerCase();
    if (!HOST.test(host)) return { origins: [...origins], invalid: raw };
    origins.add(`https://${host}/*`);
  }
  return { origins: [...origins] };
}

/**
 * 「SSOの動作を記録」: asks for webRequest and the sites at that moment (a user gesture), lets the
 * background record, and lists the recordings; opening one loads the decoder.
 */
