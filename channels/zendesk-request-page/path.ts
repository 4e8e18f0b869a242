/** Zendesk's "submit a request" page on any help center: /hc/<locale>/requests/new. */
export const ZENDESK_REQUEST_PATH = /^\/hc\/[^/]+\/requests\/new\/?$/;
