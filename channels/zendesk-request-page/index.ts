import { ZENDESK_REQUEST_PATH } from './path';
import { httpsUrl, type PageChannel } from '../define';

/**
 * Zendesk's "submit a request" page (/hc/<locale>/requests/new) on the vendor's help center or
 * on any help center the user granted in options. The content side is page-adapters/zendesk.ts.
 */
export const zendeskRequestPage: PageChannel<'zendesk'> = {
  kind: 'zendesk',
  contentScript: 'zendesk',
  adapter: 'zendesk',
  fillScript: '/zendesk-fill.js',
  matches: (host) => [`https://${host}/hc/*/requests/new*`],
  accepts(url, { hosts, grants }) {
    const parsed = httpsUrl(url);
    if (!parsed || !ZENDESK_REQUEST_PATH.test(parsed.pathname)) return false;
    return hosts.includes(parsed.hostname) || grants.includes(`${parsed.origin}/*`);
  },
  plan(delivery, values, rendered, { files }) {
    const { attachments: _attachments, ...request } = delivery.toRequest(values, rendered);
    return { adapter: 'zendesk', ...request, files };
  },
};
