import { defineConfig } from 'wxt';

// E2E_BUILD=1 produces a test-only build (see tests/e2e/build.mjs): headless Chromium cannot grant
// activeTab, so that build alone may capture any tab. The shipped build never asks for <all_urls>.
const e2eBuild = process.env.E2E_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Test runs build into their own folder so parallel runs never overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    permissions: ['storage', 'activeTab', 'contextMenus', 'clipboardWrite', 'unlimitedStorage', 'scripting', 'alarms'],
    host_permissions: [
      'https://support.onelogin.jp/*',
      'https://help.iij.ad.jp/*',
      ...(e2eBuild ? ['<all_urls>'] : []),
    ],
    optional_host_permissions: ['https://*.zendesk.com/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'support-ticket-helper@example.jp', strict_min_version: '128.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPopup__' },
      capture: { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCapture__' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
});
