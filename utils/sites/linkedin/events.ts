import { SELECTORS } from './selectors';
import { closestDeep, containsDeep, firstIn, matchesAny } from './deepQuery';
import { visibleText, normSpace } from './text';
import { parseConversation } from './conversation';
import { parseInvitationIn } from './invitation';
import { parseThreadPageUnsafe, parseThreadRoot, threadRootFor } from './thread';
import { classifyPage } from './page';
import { findViewer } from './viewer';
import type { ConversationView, InvitationView, ParseOptions } from './types';

function elementsOf(path: EventTarget[]): Element[] {
  return (Array.isArray(path) ? path : []).filter(
    (t): t is Element => !!t && typeof t === 'object' && (t as Node).nodeType === 1 && typeof (t as Element).matches === 'function',
  );
}

const INVITE_SEND = /^(send|envoyer)(\s+(now|invitation|without a note|maintenant|l[’']invitation|sans note))?$/i;

function clickable(path: EventTarget[]): Element | null {
  const els = elementsOf(path);
  if (!els.length) return null;
  return els.find((e) => e.tagName === 'BUTTON' || e.getAttribute('role') === 'button') ?? closestDeep(els[0], ['button', '[role="button"]']);
}

/** The send button of a messaging composer, or the send button of the invitation dialog. */
export function isSendButtonUnsafe(path: EventTarget[]): boolean {
  const btn = clickable(path);
  if (!btn) return false;
  const form = closestDeep(btn, SELECTORS.messageForm);
  if (form) return matchesAny(btn, SELECTORS.sendButton) && !/toggle|option/i.test(btn.getAttribute('class') ?? '');
  if (closestDeep(btn, SELECTORS.inviteDialog)) {
    const label = normSpace(btn.getAttribute('aria-label')) || visibleText(btn, 100);
    return INVITE_SEND.test(label);
  }
  return false;
}

/** The surface (thread, overlay bubble, invitation) an event happened in, from its composed path. */
export function surfaceForEventUnsafe(path: EventTarget[], doc: Document, url: string, opts: ParseOptions = {}): ConversationView | InvitationView | null {
  const els = elementsOf(path);
  const target = els[0];
  if (!target) return null;
  const dialog = closestDeep(target, SELECTORS.inviteDialog);
  if (dialog) {
    const inv = parseInvitationIn(dialog, doc, url, opts);
    return inv.recognised ? inv : null;
  }
  const bubble = closestDeep(target, SELECTORS.bubble);
  if (bubble && !matchesAny(bubble, SELECTORS.minimisedBubble)) {
    const view = parseConversation(bubble, 'overlay', findViewer(doc, opts.getShadowRoot), { now: opts.now });
    return view.participants.length ? view : null;
  }
  if (classifyPage(url) === 'thread') {
    // An event in the thread's own form (focus, Enter, Send) leads straight to its conversation;
    // finding the form from the page would look through every shadow root of a long thread.
    const form = closestDeep(target, SELECTORS.messageForm);
    const root = form && firstIn(form, SELECTORS.composer) && !closestDeep(form, SELECTORS.bubble) ? threadRootFor(form) : null;
    const view = root ? parseThreadRoot(root, doc, url, opts) : parseThreadPageUnsafe(doc, url, opts);
    if (view.recognised && containsDeep(view.root, target)) return view;
  }
  return null;
}
