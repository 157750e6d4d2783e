import type { CapturePayload, PersonPayload } from '../messaging/payloads';
import { LIMITS } from '../messaging/limits';
import type { ConversationView, InvitationView, SiteAdapter } from './siteAdapter';

export interface SendWatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  win: Window;
  now: () => number;
  newId: () => string;
  /** A send was confirmed by the page (composer cleared / dialog closed): keep it. */
  onCapture: (capture: CapturePayload) => void;
  /** A send the adapter could not attribute to anyone, or a message too large to keep. */
  onProblem?: (reason: string) => void;
  /** How long the page may take to clear the composer after a send (ms). */
  confirmWithinMs?: number;
}

/** What in a pending send's surface can say the page sent it: text, nodes, visibility. */
const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'style', 'class'] };

interface Pending {
  view: ConversationView | InvitationView;
  text: string;
  at: number;
}

/**
 * Watches the user's sends without touching the page. The text is read at the earliest moment
 * (pointerdown on the send button, keydown of Enter / Ctrl+Enter), in the capture phase at the
 * window, before any of the page's own handlers can clear the composer. It becomes a capture only
 * when the page confirms the send: the composer empties (or the invitation dialog closes) shortly
 * after. That confirmation is what makes Enter-for-a-new-line, a disabled send button or a
 * cancelled click capture nothing, and it folds a click and a keypress of one send into one capture.
 */
export function watchSends(opts: SendWatcherOptions): () => void {
  const { adapter, doc, win } = opts;
  const confirmWithin = opts.confirmWithinMs ?? 4000;
  // One pending send per surface: two overlay bubbles may send within the same second.
  const pending = new Map<Element, Pending>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const textOf = (view: ConversationView | InvitationView): string => {
    if (!view.composer) return view.surface === 'invitation' ? view.note : '';
    return adapter.readComposerText(view.composer);
  };

  function settled(view: ConversationView | InvitationView, text: string): boolean {
    if (!view.root.isConnected) return true;
    if (view.surface === 'invitation') {
      const el = view.root as HTMLElement;
      return el.hidden || el.getAttribute('aria-hidden') === 'true' || !isVisible(el);
    }
    if (!view.composer || !view.composer.isConnected) return true;
    const now = adapter.readComposerText(view.composer);
    return now.trim() === '' || (now !== text && !now.startsWith(text));
  }

  /** Keeps the send if the page has confirmed it; true when it is no longer pending. */
  function confirm(p: Pending): boolean {
    if (pending.get(p.view.root) !== p) return true;
    if (!settled(p.view, p.text)) return false;
    pending.delete(p.view.root);
    emit(p);
    return true;
  }

  function poll(p: Pending) {
    if (confirm(p)) return void observePending();
    if (opts.now() - p.at > confirmWithin) {
      pending.delete(p.view.root); // the page never sent it (newline, disabled button, validation error)
      return void observePending();
    }
    later(() => poll(p), 80);
  }

  // The page's confirmation is taken as it happens: while a send is pending, a change inside its
  // surface (the composer emptied, the dialog hidden) checks it at once, instead of at the next
  // poll, up to 80 ms later. The poll stays for what no change there shows (the surface removed,
  // or hidden by an ancestor). Nothing is observed while no send is pending.
  let observer: MutationObserver | undefined;
  function observePending() {
    observer?.disconnect();
    if (!pending.size || typeof MutationObserver !== 'function') return;
    observer ??= new MutationObserver(() => {
      let done = false;
      for (const p of [...pending.values()]) done = confirm(p) || done;
      if (done) observePending();
    });
    for (const p of pending.values()) observer.observe(p.view.root, OBSERVED);
  }

  function emit(p: Pending) {
    const recipients = recipientsOf(p.view);
    if (!recipients.length) {
      opts.onProblem?.('send seen but the recipient could not be read on this page');
      return;
    }
    if (p.text.length > LIMITS.text) {
      opts.onProblem?.(`message of ${p.text.length} characters is over the ${LIMITS.text} Relais keeps; not recorded`);
      return;
    }
    opts.onCapture({
      captureId: opts.newId(),
      kind: p.view.surface === 'invitation' ? 'invite-sent' : 'message-sent',
      at: p.at,
      text: p.text,
      surface: p.view.surface,
      threadUrl: p.view.surface === 'invitation' ? undefined : p.view.threadUrl,
      recipients,
    });
  }

  /** Reads the surface of a send (or takes `known`, already read for this send) and holds its text until the page confirms. */
  function begin(path: EventTarget[], known?: Pending['view']): Pending['view'] | null {
    const view = known ?? adapter.surfaceForEvent(path, doc, win.location.href);
    if (!view) return null;
    const text = textOf(view);
    if (view.surface !== 'invitation' && !text.trim()) return view;
    // A click after the keydown of the same send (or a double click): one capture.
    const current = pending.get(view.root);
    if (current && current.text === text) return view;
    const p: Pending = { view, text, at: opts.now() };
    pending.set(view.root, p);
    observePending();
    later(() => poll(p), 0);
    return view;
  }

  // The click that ends a press on Send is the same send as its pointerdown: the conversation read
  // then (tens of ms on a long thread) is used again, its composer text read anew. Only for a click
  // inside that same surface, soon after: a press held longer, or a click elsewhere, reads afresh.
  const PRESS_MS = 1500;
  let pressed: { view: Pending['view']; at: number } | null = null;
  function viewOfPress(path: EventTarget[]): Pending['view'] | undefined {
    const press = pressed;
    pressed = null;
    if (!press || opts.now() - press.at > PRESS_MS || !press.view.root.isConnected || !path.includes(press.view.root)) return undefined;
    return press.view;
  }

  // Only the user's own clicks and keys count: a page script that fills the composer and
  // dispatches a synthetic click must not be able to write into Relais.
  const guard =
    <E extends Event>(fn: (e: E) => void) =>
    (e: E) => {
      if (!e.isTrusted) return;
      try {
        fn(e);
      } catch {
        // Never throw into the page.
      }
    };

  const onPointerDown = guard((e: Event) => {
    pressed = null;
    const path = e.composedPath();
    if (!adapter.isSendButton(path)) return;
    const view = begin(path);
    if (view) pressed = { view, at: opts.now() };
  });
  const onClick = guard((e: Event) => {
    const path = e.composedPath();
    // Keyboard activation of the button (Space/Enter on it) produces a click without pointerdown.
    if (adapter.isSendButton(path)) begin(path, viewOfPress(path));
    else pressed = null;
  });
  const onKeyDown = guard((e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.isComposing || e.shiftKey || e.altKey) return;
    const path = e.composedPath();
    if (!adapter.isComposer(path[0] ?? null) && !path.some((t) => adapter.isComposer(t))) return;
    begin(path);
  });

  win.addEventListener('pointerdown', onPointerDown, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);
  return () => {
    win.removeEventListener('pointerdown', onPointerDown, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeyDown, true);
    for (const t of timers) clearTimeout(t);
    observer?.disconnect();
  };
}

export function recipientsOf(view: ConversationView | InvitationView): PersonPayload[] {
  const people = view.surface === 'invitation' ? [view.invitee] : view.participants;
  return people
    .filter((p) => p.name || p.profileUrl)
    .map((p) => ({
      name: p.name.slice(0, LIMITS.name),
      ...(p.profileUrl ? { profileUrl: p.profileUrl.slice(0, LIMITS.url) } : {}),
      ...(p.headline ? { headline: p.headline.slice(0, LIMITS.headline) } : {}),
    }))
    .slice(0, LIMITS.recipients);
}

function isVisible(el: HTMLElement): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}
