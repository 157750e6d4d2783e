import type { ProfileView } from '../sites/views';

// Shapes of what crosses the content-script boundary. Every one is validated by the background
// (utils/messaging/validate.ts) before it touches the database: page content is untrusted.

export interface PersonPayload {
  name: string;
  profileUrl?: string;
  headline?: string;
}

/** A message or invitation the user sent, read from the composer just before LinkedIn cleared it. */
export interface CapturePayload {
  /** Random id made at send time: retries carry the same id, so the write happens exactly once. */
  captureId: string;
  kind: 'message-sent' | 'invite-sent';
  at: number;
  text: string;
  surface: 'thread' | 'overlay' | 'invitation';
  threadUrl?: string;
  recipients: PersonPayload[];
}

export interface SeenMessagePayload {
  fromMe: boolean;
  senderProfileUrl?: string;
  at?: number;
}

/** A conversation the user has open: updates contacts, never creates interactions. */
export interface ConversationSeenPayload {
  kind: 'conversation';
  surface: 'thread' | 'overlay';
  threadUrl?: string;
  participants: PersonPayload[];
  messages: SeenMessagePayload[];
}

/** A profile top card the user is looking at: what the site adapter read, as plain data. */
export type ProfileSeenPayload = { kind: 'profile' } & Omit<ProfileView, 'recognised'>;

export type PageSeenPayload = ConversationSeenPayload | ProfileSeenPayload;

/** What the content script could read on the page; shown in the popup and the toolbar badge. */
export interface PageStatusPayload {
  url: string;
  recognised: boolean;
  pageKind: 'thread' | 'profile' | 'other';
  reason?: string;
}

/** The draft being written, streamed (debounced) for the side panel and the popup. */
export interface DraftPayload {
  surface: 'thread' | 'overlay' | 'invitation';
  text: string;
  recipients: PersonPayload[];
  threadUrl?: string;
}

export type CaptureAck = { ok: true; stored: number; duplicate: boolean } | { ok: false; error: string };
export type Ack = { ok: true } | { ok: false; error: string };
