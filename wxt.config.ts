import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks only for what Relais uses. No web_accessible_resources and no
// externally_connectable: LinkedIn probes extensions through them (see DESIGN.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://www.linkedin.com/*'],
    action: { default_title: 'Relais' },
    // The capture script is an unlisted script registered here by hand (see
    // entrypoints/linkedin-capture.ts for why not defineContentScript).
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['linkedin-capture.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'relais@relais.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
