import type { ConversationView, InvitationView, NotRecognised, PageKind, ProfileView } from '../sites/views';

export type { ConversationView, InvitationView, NotRecognised, PageKind, PersonRef, ProfileView, ThreadMessage } from '../sites/views';

/** What the content script needs from a site adapter (utils/sites/<site>): pure readers of the page. */
export interface SiteAdapter {
  classifyPage(url: string): PageKind;
  parseThreadPage(doc: Document, url: string): ConversationView | NotRecognised;
  parseProfile(doc: Document, url: string): ProfileView | NotRecognised;
  surfaceForEvent(path: EventTarget[], doc: Document, url: string): ConversationView | InvitationView | null;
  isSendButton(path: EventTarget[]): boolean;
  isComposer(el: EventTarget | null): boolean;
  readComposerText(composer: Element): string;
}
