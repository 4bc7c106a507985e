import { defineConfig } from 'wxt';
import { docsSnapshotPlugin } from './scripts/docs-snapshot-plugin';
import { inlinePageCss } from './scripts/inline-page-css-plugin';
import { bundledPackFiles, stacksPlugin } from './scripts/stacks-plugin';

const FIREFOX_ADDON_ID = 'devrecall@devrecall.dev';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ plugins: [stacksPlugin(), docsSnapshotPlugin(), inlinePageCss(['popup'])] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...bundledPackFiles());
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'DevRecall',
    // A fixed add-on id keeps Firefox's storage (and the test's extension origin) across reinstalls.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ADDON_ID,
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    description:
      'Framework knowledge at hand: curated notes, your notes and snippets, instant search, related notes beside the Django docs.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: ['https://docs.djangoproject.com/*'],
    // Installing a stack from a URL asks for that one origin at that moment, never up front.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // The panel is reachable only at a per-session address the docs page cannot guess; the
    // content script that frames it also hands it a secret (see docs-sidebar.content).
    web_accessible_resources: [
      {
        resources: ['docs-panel.html'],
        matches: ['https://docs.djangoproject.com/*'],
        use_dynamic_url: true,
      },
    ],
    action: { default_title: 'DevRecall' },
    commands: {
      // Manifest V2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open DevRecall search',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text to DevRecall',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Show or hide related notes on Django docs pages',
      },
    },
  }),
});
