import type { DraftPayload } from '../messaging/payloads';
import { LIMITS } from '../messaging/limits';
import { recipientsOf } from './sendWatcher';
import type { ConversationView, SiteAdapter } from './siteAdapter';

export interface DraftStreamerOptions {
  adapter: SiteAdapter;
  doc: Document;
  win: Window;
  send: (draft: DraftPayload) => void;
  /** The conversation the user started writing in (who is in it, whether they replied). */
  conversationFocused?: (view: ConversationView) => void;
  debounceMs?: number;
}

/**
 * Streams the draft being written (debounced) so the side panel and popup can check it live,
 * outside the page. Only composer events do any work: the listeners return at once for every other
 * input on LinkedIn (search box, comments).
 */
export function streamDrafts(opts: DraftStreamerOptions): () => void {
  const { adapter, doc, win } = opts;
  const wait = opts.debounceMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';

  let lastFocusedRoot: Element | null = null;
  // Who a conversation is with does not change while the user types: the surface is read once
  // per composer (a long thread costs milliseconds to read) and only its text is read again.
  const surfaces = new WeakMap<Element, { view: ReturnType<SiteAdapter['surfaceForEvent']>; at: number }>();
  const SURFACE_TTL_MS = 10_000;

  function surfaceOf(path: EventTarget[], fresh: boolean) {
    const composer = path.find((t) => adapter.isComposer(t)) as Element | undefined;
    const cached = composer && surfaces.get(composer);
    if (!fresh && cached?.view && composer!.isConnected && Date.now() - cached.at < SURFACE_TTL_MS) return cached.view;
    const view = adapter.surfaceForEvent(path, doc, win.location.href);
    if (composer) surfaces.set(composer, { view, at: Date.now() });
    return view;
  }

  function flush(path: EventTarget[], focused = false) {
    try {
      const view = surfaceOf(path, focused);
      if (!view) return;
      if (focused && view.surface !== 'invitation' && view.root !== lastFocusedRoot) {
        lastFocusedRoot = view.root;
        opts.conversationFocused?.(view);
      }
      const text = view.composer ? adapter.readComposerText(view.composer) : view.surface === 'invitation' ? view.note : '';
      const draft: DraftPayload = {
        surface: view.surface,
        text: text.slice(0, LIMITS.text),
        recipients: recipientsOf(view),
        threadUrl: view.surface === 'invitation' ? undefined : view.threadUrl,
      };
      const signature = JSON.stringify(draft);
      if (signature === lastSent) return;
      lastSent = signature;
      opts.send(draft);
    } catch {
      // Never throw into the page.
    }
  }

  const inComposer = (path: EventTarget[]) => path.some((t) => adapter.isComposer(t));

  const onInput = (e: Event) => {
    if (!e.isTrusted) return; // the page's own synthetic events are not the user writing
    const path = e.composedPath();
    if (!inComposer(path)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => flush(path), wait);
  };
  const onFocus = (e: Event) => {
    if (!e.isTrusted) return;
    const path = e.composedPath();
    if (inComposer(path)) flush(path, true);
  };

  win.addEventListener('input', onInput, true);
  win.addEventListener('focusin', onFocus, true);
  return () => {
    win.removeEventListener('input', onInput, true);
    win.removeEventListener('focusin', onFocus, true);
    if (timer) clearTimeout(timer);
  };
}
