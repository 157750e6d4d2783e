// What every site adapter hands to the content script: plain data, site-agnostic. Page-derived
// strings are text, never HTML.
export type NotRecognised = { recognised: false; reason: string };

export interface PersonRef {
  name: string;
  /** Canonical profile URL (https://www.linkedin.com/in/<handle>/), slug or member-id form. */
  profileUrl?: string;
  headline?: string;
}

export interface ThreadMessage {
  fromMe: boolean;
  senderName?: string;
  senderProfileUrl?: string;
  /** Epoch ms when the page shows enough to tell (day and time), else undefined. */
  at?: number;
  text: string;
}

export interface ConversationView {
  recognised: true;
  surface: 'thread' | 'overlay';
  root: Element;
  composer: Element | null;
  /** Everyone in the conversation except the viewer. */
  participants: PersonRef[];
  composerText: string;
  messages: ThreadMessage[];
  threadUrl?: string;
}

export interface InvitationView {
  recognised: true;
  surface: 'invitation';
  root: Element;
  /** The note textarea, or null while the dialog still asks whether to add a note. */
  composer: Element | null;
  invitee: PersonRef;
  note: string;
}

export interface ProfileView {
  recognised: true;
  name: string;
  profileUrl: string;
  /** /in/ACoAA… form of the same person, when the page shows it (links member-id and slug forms). */
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
