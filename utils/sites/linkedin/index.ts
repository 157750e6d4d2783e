// LinkedIn site adapter: pure functions from the page to plain data. They never throw and never
// change the page; what they cannot read is "not recognised", with a reason.
import { parseThreadPageUnsafe } from './thread';
import { parseOverlayBubblesUnsafe } from './overlay';
import { parseInvitationDialogUnsafe } from './invitation';
import { parseProfileUnsafe } from './profile';
import { isSendButtonUnsafe, surfaceForEventUnsafe } from './events';
import type { ConversationView, InvitationView, NotRecognised, ParseOptions, ProfileView } from './types';

export type { ConversationView, GetShadowRoot, InvitationView, NotRecognised, PageKind, ParseOptions, PersonRef, ProfileView, ThreadMessage } from './types';
export { classifyPage, threadIdFromUrl } from './page';
export { isComposer, readComposerText, activeComposer } from './composer';
export { queryDeep, queryAllDeep, closestDeep } from './deepQuery';
export { SELECTORS } from './selectors';

function failure(e: unknown): NotRecognised {
  return { recognised: false, reason: `parser error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300) };
}

export function parseThreadPage(doc: Document, url: string, opts?: ParseOptions): ConversationView | NotRecognised {
  try {
    return parseThreadPageUnsafe(doc, url, opts);
  } catch (e) {
    return failure(e);
  }
}

/** Searches shadow roots too. */
export function parseOverlayBubbles(doc: Document | ShadowRoot, opts?: ParseOptions): ConversationView[] {
  try {
    return parseOverlayBubblesUnsafe(doc, opts);
  } catch {
    return [];
  }
}

export function parseInvitationDialog(doc: Document, url: string, opts?: ParseOptions): InvitationView | NotRecognised {
  try {
    return parseInvitationDialogUnsafe(doc, url, opts);
  } catch (e) {
    return failure(e);
  }
}

export function parseProfile(doc: Document, url: string, opts?: ParseOptions): ProfileView | NotRecognised {
  try {
    return parseProfileUnsafe(doc, url, opts);
  } catch (e) {
    return failure(e);
  }
}

/** For a send event: from event.composedPath() (or [target]), the surface it happened in. */
export function surfaceForEvent(path: EventTarget[], doc: Document, url: string, opts?: ParseOptions): ConversationView | InvitationView | null {
  try {
    return surfaceForEventUnsafe(path, doc, url, opts);
  } catch {
    return null;
  }
}

/** The send / "Envoyer" / "Send invitation" button of a composer surface. */
export function isSendButton(path: EventTarget[]): boolean {
  try {
    return isSendButtonUnsafe(path);
  } catch {
    return false;
  }
}
