import { SELECTORS } from './selectors';
import { allOf, matchesAny } from './deepQuery';
import { parseConversation } from './conversation';
import { copyViewer, findViewer } from './viewer';
import type { ConversationView, ParseOptions } from './types';

/** Every open overlay bubble (several may be open), each its own conversation. */
export function parseOverlayBubblesUnsafe(root: Document | ShadowRoot, opts: ParseOptions = {}): ConversationView[] {
  const bubbles = allOf(root, SELECTORS.bubble, opts.getShadowRoot).filter((b) => !matchesAny(b, SELECTORS.minimisedBubble));
  const outermost = bubbles.filter((b) => !bubbles.some((o) => o !== b && o.contains(b)));
  const doc = (root as ShadowRoot).host ? (root as ShadowRoot).host.ownerDocument : (root as Document);
  const viewer = findViewer(doc ?? root, opts.getShadowRoot);
  const out: ConversationView[] = [];
  for (const b of outermost.slice(0, 20)) {
    try {
      const view = parseConversation(b, 'overlay', copyViewer(viewer), { now: opts.now });
      if (view.participants.length) out.push(view);
    } catch {
      /* one unreadable bubble does not hide the others */
    }
  }
  return out;
}
