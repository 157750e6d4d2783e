/** What the content script needs from a site adapter (utils/sites/<site>): pure readers of the page. */
export interface PersonRef {
  name: string;
  profileUrl?: string;
  headline?: string;
}

export interface NotRecognised {
  recognised: false;
  reason: string;
}

export interface ThreadMessage {
  fromMe: boolean;
  senderName?: string;
  senderProfileUrl?: string;
  at?: number;
  text: string;
}

export interface ConversationView {
  recognised: true;
  surface: 'thread' | 'overlay';
  root: Element;
  composer: Element | null;
  participants: PersonRef[];
  composerText: string;
  messages: ThreadMessage[];
  threadUrl?: string;
}

export interface InvitationView {
  recognised: true;
  surface: 'invitation';
  root: Element;
  composer: Element | null;
  invitee: PersonRef;
  note: string;
}

export interface ProfileView {
  recognised: true;
  name: string;
  profileUrl: string;
  memberProfileUrl?: string;
  headline?: string;
  company?: string;
  title?: string;
  degree?: 1 | 2 | 3;
  mutualCount?: number;
  mutualNames: string[];
  hiring: boolean;
  openToWork: boolean;
}

export type PageKind = 'thread' | 'profile' | 'other';

export interface SiteAdapter {
  classifyPage(url: string): PageKind;
  parseThreadPage(doc: Document, url: string): ConversationView | NotRecognised;
  parseProfile(doc: Document, url: string): ProfileView | NotRecognised;
  surfaceForEvent(path: EventTarget[], doc: Document, url: string): ConversationView | InvitationView | null;
  isSendButton(path: EventTarget[]): boolean;
  isComposer(el: EventTarget | null): boolean;
  readComposerText(composer: Element): string;
}
