import { SELECTORS } from './selectors';
import { allOf, closestDeep, parentDeep } from './deepQuery';
import { parseConversation } from './conversation';
import { classifyPage, threadUrlFrom } from './page';
import { findViewer } from './viewer';
import type { ConversationView, NotRecognised, ParseOptions } from './types';

function containsAny(el: Element, alternatives: readonly string[]): boolean {
  for (const sel of alternatives) {
    try {
      if (el.querySelector(sel)) return true;
    } catch {
      /* engine without :has */
    }
  }
  return false;
}

/** The conversation element of the messaging page: the nearest ancestor of the composer holding the messages or the title. */
export function threadRootFor(start: Element): Element | null {
  let el: Element | null = start;
  for (let depth = 0; el && depth < 12; depth++) {
    if (containsAny(el, SELECTORS.messageEvent) || containsAny(el, SELECTORS.conversationHeader.slice(0, 3))) return el;
    el = parentDeep(el);
  }
  return null;
}

export function parseThreadPageUnsafe(doc: Document, url: string, opts: ParseOptions = {}): ConversationView | NotRecognised {
  if (classifyPage(url) !== 'thread') return { recognised: false, reason: 'not a messaging thread URL' };
  const composers = allOf(doc, SELECTORS.composer, opts.getShadowRoot).filter((c) => !closestDeep(c, SELECTORS.bubble));
  let root: Element | null = null;
  for (const c of composers) {
    root = threadRootFor(closestDeep(c, SELECTORS.messageForm) ?? c);
    if (root) break;
  }
  if (!root) {
    const firstEvent = allOf(doc, SELECTORS.messageEvent, opts.getShadowRoot).find((e) => !closestDeep(e, SELECTORS.bubble));
    if (firstEvent) root = threadRootFor(firstEvent);
  }
  if (!root) return { recognised: false, reason: 'no conversation on this messaging page' };
  return parseThreadRoot(root, doc, url, opts);
}

/** The conversation of a messaging page, from its root (threadRootFor). */
export function parseThreadRoot(root: Element, doc: Document, url: string, opts: ParseOptions = {}): ConversationView | NotRecognised {
  const view = parseConversation(root, 'thread', findViewer(doc, opts.getShadowRoot), { now: opts.now, threadUrl: threadUrlFrom(url) });
  if (!view.participants.length) return { recognised: false, reason: 'no participant found in the conversation' };
  return view;
}
