import { defineConfig } from 'wxt';
import { contentScriptMatches, hostPermissions } from './channels';
import { vendors } from './schemas/vendors';
import { managedStorageSchema } from './schemas/vendors/managed-schema';

// E2E_BUILD=1 produces a test-only build (see tests/e2e/build.ts): headless Chromium cannot grant
// activeTab, so that build alone may capture any tab. The shipped build never asks for <all_urls>.
const e2eBuild = process.env.E2E_BUILD === '1';
// Tests only: origins that stand in for help centers the user granted in options (headless
// Chromium cannot answer the permission prompt). Empty in every real build.
const grantedForTests = (process.env.E2E_GRANTED_ORIGINS ?? '').split(',').filter(Boolean);
// Help centers the user may grant in options (ZendeskHostsSettings asks for one exact origin).
const optionalHelpCenters = ['https://*.zendesk.com/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Firefox too gets MV3 (Firefox 128+): MV2 would drop optional_host_permissions and rename the
  // popup shortcut (_execute_browser_action).
  manifestVersion: 3,
  // Test runs build into their own folder so parallel runs never overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ define: { __E2E_BUILD__: JSON.stringify(e2eBuild) } }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: 'managed_schema.json',
        contents: `${JSON.stringify(managedStorageSchema(vendors), null, 2)}\n`,
      });
    },
    // Content scripts declare no hosts of their own: each runs where the vendor registry's forms
    // use its channel (channels/index.ts), so a new vendor's hosts reach the manifest by themselves.
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = contentScriptMatches(vendors);
      manifest.content_scripts = (manifest.content_scripts ?? []).flatMap((entry) =>
        (entry.js ?? []).map((file) => {
          const name = /^content-scripts\/(.+)\.js$/.exec(file)?.[1] ?? '';
          return { ...entry, js: [file], matches: matches[name] ?? entry.matches };
        }),
      );
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // The test build also declares webRequest: headless Chromium grants the optional permission
    // but delivers no webRequest events to it (README, Limits). The shipped build only asks.
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      'clipboardWrite',
      'unlimitedStorage',
      'scripting',
      'alarms',
      ...(e2eBuild ? (['webRequest'] as const) : []),
    ],
    // The vendors' own hosts, from the vendor registry (schemas/vendors).
    host_permissions: [...hostPermissions(vendors), ...grantedForTests, ...(e2eBuild ? ['<all_urls>'] : [])],
    optional_host_permissions: optionalHelpCenters,
    // 「SSOの動作を記録」 asks for webRequest only while it records, and gives it back after.
    optional_permissions: ['webRequest'],
    // The in-page panel (entrypoints/fill-panel) is framed by the content script on the vendors' pages
    // and on help centers the user grants; grants are made at run time, so their possible origins are
    // listed. Framed anywhere else it shows nothing: the background answers it only for a fillable tab.
    web_accessible_resources: [
      {
        resources: ['fill-panel.html'],
        matches: [...hostPermissions(vendors), ...grantedForTests, ...optionalHelpCenters],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'support-ticket-helper@example.jp',
              // Firefox < 128 rejects data_collection_permissions and runs MV3 without optional host permissions.
              strict_min_version: '128.0',
              // Nothing leaves the machine: drafts, profiles and captures stay in this browser's IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
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
