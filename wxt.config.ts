import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Origins a subscribed catalog may come from, asked for one at a time when the user subscribes.
 * A plain-http source on this machine (127.0.0.1, localhost: development, the tests) is read
 * without a host permission, so that server must send CORS headers (lib/sync/subscription.ts).
 */
const SOURCE_ORIGINS = ['https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (a helper's e2e run next to yours) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // The content script runs on every page and has a 30 KB gzip budget: it uses the browser's own
    // promise APIs (`browser` in Firefox, `chrome` in Chrome MV3, as wxt/browser picks them) instead
    // of webextension-polyfill (about 2.7 KB gzipped). Its one listener answers through
    // sendResponse (lib/browser/message-core.ts), which both browsers have.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The wake ping (entrypoints/wake-ping.ts): starts a stopped worker at document_start, so its
    // start overlaps the page's load. Chrome only: Firefox's MV2 background page does not stop.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') return;
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: ['http://*/*', 'https://*/*'], run_at: 'document_start', js: ['wake-ping.js'] }];
    },
  },
  manifest: ({ browser }) => ({
    name: 'DC Lens',
    description: 'The facts behind every data center a news article mentions: operator, place, size, money, status and competitors.',
    // alarms: subscribed catalogs are checked on the schedule their servers ask for.
    permissions: ['storage', 'activeTab', 'tabs', 'unlimitedStorage', 'alarms'],
    // A subscribed catalog's origin is asked for when the user subscribes, never before.
    ...(browser === 'firefox' ? { optional_permissions: SOURCE_ORIGINS } : { optional_host_permissions: SOURCE_ORIGINS }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: CSS Custom Highlights and data_collection_permissions on desktop (Debian's ESR is
            // 140); Android gained data_collection_permissions only in 142.
            gecko: { id: 'dc-lens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    options_ui: { page: 'manager.html', open_in_tab: true },
  }),
});
