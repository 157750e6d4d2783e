import type { PageSeenPayload, PageStatusPayload } from '../messaging/payloads';
import type { ConversationView, SiteAdapter } from './siteAdapter';

export interface PageWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  win: Window;
  seen: (payload: PageSeenPayload) => void;
  status: (payload: PageStatusPayload) => void;
  /** LinkedIn renders late and navigates without reloading: how often to look at the URL (ms). */
  intervalMs?: number;
  /** How long a profile or thread may take to render before it is declared unreadable (ms). */
  settleMs?: number;
  /** False once the extension is gone from under the page (reloaded, removed): stop polling. */
  alive?: () => boolean;
}

export function conversationSeen(view: ConversationView): PageSeenPayload {
  return {
    kind: 'conversation',
    surface: view.surface,
    threadUrl: view.threadUrl,
    participants: view.participants.map((p) => ({ name: p.name, ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}) })),
    messages: view.messages.slice(-100).map((m) => ({
      fromMe: m.fromMe,
      ...(m.senderProfileUrl ? { senderProfileUrl: m.senderProfileUrl } : {}),
      ...(m.at !== undefined ? { at: m.at } : {}),
    })),
  };
}

/**
 * Reads the profile or thread the user navigated to (LinkedIn is a single-page app: the URL changes
 * without a load) and reports what it saw and whether the page could be read. A cheap URL compare
 * on a timer; no MutationObserver on LinkedIn's busy DOM.
 */
export function watchPages(opts: PageWatcherOptions): () => void {
  const { adapter, doc, win } = opts;
  const every = opts.intervalMs ?? 1000;
  const settle = opts.settleMs ?? 6000;
  let lastUrl = '';
  let attempt: ReturnType<typeof setTimeout> | undefined;

  function read(url: string, since: number) {
    if (win.location.href !== url) return;
    try {
      const kind = adapter.classifyPage(url);
      if (kind === 'other') {
        opts.status({ url, recognised: true, pageKind: 'other' });
        return;
      }
      const view = kind === 'profile' ? adapter.parseProfile(doc, url) : adapter.parseThreadPage(doc, url);
      if (view.recognised) {
        opts.seen('name' in view ? { kind: 'profile', ...pickProfile(view) } : conversationSeen(view));
        opts.status({ url, recognised: true, pageKind: kind });
        return;
      }
      if (Date.now() - since < settle) {
        attempt = setTimeout(() => read(url, since), 500);
        return;
      }
      opts.status({ url, recognised: false, pageKind: kind, reason: view.reason.slice(0, 500) });
    } catch {
      opts.status({ url, recognised: false, pageKind: 'other', reason: 'the page could not be read' });
    }
  }

  function check() {
    if (opts.alive && !opts.alive()) {
      stop();
      return;
    }
    const url = win.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    if (attempt) clearTimeout(attempt);
    read(url, Date.now());
  }

  const interval = setInterval(check, every);
  win.addEventListener('popstate', check);
  function stop() {
    clearInterval(interval);
    if (attempt) clearTimeout(attempt);
    win.removeEventListener('popstate', check);
  }
  check();
  return stop;
}

function pickProfile(view: Extract<ReturnType<SiteAdapter['parseProfile']>, { recognised: true }>) {
  const { recognised: _r, ...rest } = view;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<typeof view, 'recognised'>;
}
