import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * The popup's first frame in as few files as possible. Every file an extension page loads is a
 * round trip to the browser process: on the bench machine a page with five scripts and two style
 * sheets paints about 35 ms later than one with a single script, whatever their size. So the
 * shared code the popup's first frame imports (Preact, the polyfill, the i18n strings, the
 * checklist) is one chunk, `ui`, which the other pages load too; the popup's own code stays in its
 * entry and style sheets stay with their page. The database and the engine are not in it: the
 * popup imports them after its first frame (tests/e2e/extension-loads.spec.ts).
 */
function popupFirstFrameInOneChunk(): Plugin {
  const popupDir = /\/entrypoints\/popup\//;
  const popupEntry = /\/entrypoints\/popup\/main\.tsx$/;
  return {
    name: 'relais-popup-first-frame',
    apply: 'build',
    outputOptions(out) {
      // The background and the content script are single files already.
      if (out.inlineDynamicImports || out.format === 'iife') return null;
      let firstFrame: Set<string> | undefined;
      return {
        ...out,
        manualChunks(id, { getModuleInfo, getModuleIds }) {
          if (!firstFrame) {
            // What the popup's entry imports statically, however deep.
            firstFrame = new Set();
            const queue = [...getModuleIds()].filter((m) => popupEntry.test(m));
            for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
              for (const dep of getModuleInfo(m)?.importedIds ?? []) if (!firstFrame.has(dep)) queue.push((firstFrame.add(dep), dep));
            }
          }
          if (id.includes('wxt-html-plugins')) return 'ui'; // WXT's start-up module, in every page
          if (popupDir.test(id) || /\.css($|\?)/.test(id)) return undefined;
          return firstFrame.has(id) ? 'ui' : undefined;
        },
      };
    },
  };
}

/**
 * The popup's style sheets written into popup.html: a linked style sheet holds the first paint
 * until its own round trip is done (the popup's first frame painted 8–20 ms sooner with them
 * inline on the bench machine). Extension pages allow inline styles (their CSP limits scripts).
 */
function popupStylesInline(): Plugin {
  return {
    name: 'relais-popup-styles-inline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/\/entrypoints\/popup\/index\.html$/.test(ctx.filename)) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          const css = asset?.type === 'asset' ? String(asset.source) : undefined;
          return css && !css.includes('</') ? `<style>${css}</style>` : tag;
        });
      },
    },
  };
}

/**
 * What extension pages (and the background) may load, enforced by the browser: their own files,
 * inline styles (the popup's are written into its page) and data: images; no connection at all —
 * Relais sends nothing anywhere, and the browser now refuses it if some code tried. `npm run dev`
 * adds its own server (script-src by WXT, its reload socket here); a build never does.
 */
export function contentSecurityPolicy(command: 'build' | 'serve'): string {
  const dev = command === 'serve' ? ' http://localhost:* ws://localhost:*' : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src ${dev ? dev.trim() : "'none'"}`,
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// The manifest asks only for what Relais uses. No web_accessible_resources and no
// externally_connectable: LinkedIn probes extensions through them (see DESIGN.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  // No module-preload polyfill: both browsers preload natively, and extension code has no fetch then.
  vite: () => ({ plugins: [preact(), popupFirstFrameInOneChunk(), popupStylesInline()], build: { modulePreload: { polyfill: false } } }),
  // `npm run zip`: the Firefox sources archive AMO asks for holds what a reviewer needs to rebuild
  // (docs/store/BUILD.md), nothing more: no node_modules, build output, tests or results.
  zip: {
    // WXT zips every file not excluded, then adds back what `includeSources` names: exclude all, so
    // the list below is the whole archive.
    excludeSources: ['**'],
    includeSources: ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/**', 'components/**', 'utils/**', 'public/**', 'docs/store/**'],
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://www.linkedin.com/*'],
    // Asked only when the user turns on automatic backups (components/autoBackup).
    optional_permissions: ['downloads'],
    action: { default_title: 'Relais' },
    // Written for MV3; WXT turns it into MV2's single string for Firefox.
    content_security_policy: { extension_pages: contentSecurityPolicy(command) },
    // Private windows are not Relais's: what is sent there never reaches the permanent database.
    incognito: 'not_allowed',
    // The popup's built-in command, and the side panel's (Chrome: opened by the background,
    // utils/background/sidePanelCommand.ts; Firefox: its built-in sidebar command).
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: { suggested_key: { default: 'Alt+Shift+E' } },
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSidePanel__' },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+E' } },
            'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSidePanel__' },
          },
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
