import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { streamDrafts } from '../utils/capture/draftStreamer';
import { ext, extensionAlive } from '../utils/capture/extensionApi';
import { createOutbox, newCaptureId } from '../utils/capture/outbox';
import { conversationSeen, watchPages } from '../utils/capture/pageWatcher';
import { watchSends } from '../utils/capture/sendWatcher';
import type { SiteAdapter } from '../utils/capture/siteAdapter';
import { contentMessaging } from '../utils/messaging/contentProtocol';
import type { PageStatusPayload } from '../utils/messaging/payloads';
import * as linkedin from '../utils/sites/linkedin';

/** The LinkedIn adapter, checked here against what the capture modules need. */
const linkedinAdapter: SiteAdapter = linkedin;
/** Where utils/settings/settingsStore.ts keeps the settings (its `sync:settings` item). */
const SETTINGS_KEY = 'settings';

/**
 * Relais on LinkedIn: reads, never writes. No element, attribute, style, event or message is added
 * to the page; listeners sit on the window in the capture phase and only read. Everything goes to
 * the background, which validates it and owns the database.
 *
 * Registered as a plain content script in wxt.config.ts rather than with defineContentScript: WXT's
 * content-script context announces itself to the page (a CustomEvent on document and a
 * window.postMessage, both naming the extension id), which is exactly the fingerprint LinkedIn looks
 * for (see DESIGN.md).
 */
export default defineUnlistedScript(async () => {
  const { sendMessage } = contentMessaging;
  const quiet = <T>(p: Promise<T>) => p.catch(() => undefined);
  let stops: (() => void)[] = [];

  const start = () => {
    if (stops.length) return;
    const outbox = createOutbox((capture) => sendMessage('capture', capture), {
      set: (items) => ext.storage.local.set(items),
      remove: (key) => ext.storage.local.remove(key),
    });
    const status = (s: PageStatusPayload) => void quiet(sendMessage('pageStatus', s));
    stops = [
      watchSends({
        adapter: linkedinAdapter,
        doc: document,
        win: window,
        now: Date.now,
        newId: newCaptureId,
        onCapture: (capture) => void outbox.push(capture),
        onProblem: (reason) => status({ url: location.href, recognised: false, pageKind: linkedinAdapter.classifyPage(location.href), reason }),
      }),
      streamDrafts({
        adapter: linkedinAdapter,
        doc: document,
        win: window,
        send: (draft) => void quiet(sendMessage('draftChanged', draft)),
        conversationFocused: (view) => void quiet(sendMessage('pageSeen', conversationSeen(view))),
      }),
      watchPages({
        adapter: linkedinAdapter,
        doc: document,
        win: window,
        seen: (payload) => void quiet(sendMessage('pageSeen', payload)),
        status,
        alive: extensionAlive,
      }),
    ];
  };
  const stop = () => {
    for (const s of stops) s();
    stops = [];
  };

  // The user can switch LinkedIn off in the options: then Relais reads nothing at all.
  const enabled = (value: unknown) => (value as { sites?: { linkedin?: boolean } } | undefined)?.sites?.linkedin !== false;
  const got = await ext.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  if (enabled(got[SETTINGS_KEY])) start();
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) (enabled(changes[SETTINGS_KEY].newValue) ? start : stop)();
  });
});
