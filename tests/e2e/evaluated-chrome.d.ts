// Code the tests evaluate inside the extension (service worker, extension pages) uses the
// `chrome` global; it has the same API as WXT's `browser`.
declare const chrome: typeof import('wxt/browser').browser;
