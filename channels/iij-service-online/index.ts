import { httpsUrl, type PageChannel } from '../define';

/**
 * IIJ Service Online's inquiry input page: 件名 and 本文 (the exact vendor text), files. The
 * content side is page-adapters/iij.ts; it does nothing on pages without an inquiry text area.
 */
export const iijServiceOnline: PageChannel<'iij-service-online'> = {
  kind: 'iij-service-online',
  contentScript: 'iij',
  adapter: 'iij',
  fillScript: '/iij-fill.js',
  matches: (host) => [`https://${host}/*`],
  accepts(url, { hosts }) {
    const parsed = httpsUrl(url);
    return !!parsed && hosts.includes(parsed.hostname);
  },
  plan(_delivery, _values, rendered, { files }) {
    // The background puts in the fields the user pointed at on the tab it fills (entrypoints/background/fill.ts).
    return { adapter: 'iij', subject: rendered.subject, body: rendered.body, files, rememberedFields: {} };
  },
};
