// The data Relais keeps, shared by the background (the only writer), the engine and the pages.
// Times are epoch milliseconds. Page-derived strings are plain text, never HTML.

/** `linkedin:in/<slug>` (slug lower-cased, percent-decoded) or `linkedin:in/<ACoAA…>` (member id, case kept). */
export type ContactId = string;

export type Site = 'linkedin';
export type Tier = 'close' | 'regular' | 'weak';
export type Degree = 1 | 2 | 3;

export const ASK_TYPES = ['job', 'referral', 'advice', 'intro', 'business', 'endorsement', 'update', 'none'] as const;
export type AskType = (typeof ASK_TYPES)[number];

export type ReachVerdict = 'within' | 'beyond' | 'unknown';

export interface Contact {
  id: ContactId;
  site: Site;
  name: string;
  /** Canonical profile URL (https://www.linkedin.com/in/<slug>/). */
  profileUrl?: string;
  /** Other ids of the same person (the member-id form when the id is the slug form). */
  aliases: ContactId[];
  headline?: string;
  company?: string;
  /** Job title when it can be told apart from the headline. */
  title?: string;
  degree?: Degree;
  mutualCount?: number;
  mutualNames?: string[];
  hiring?: boolean;
  openToWork?: boolean;
  /** User-set fields: never overwritten by capture or import. */
  tier?: Tier;
  cadenceDays?: number;
  reachOverrides?: Partial<Record<AskType, ReachVerdict>>;
  workedWith?: boolean;
  notes?: string;
  /** Probable duplicates (same name and headline) waiting for a one-click merge. */
  possibleDuplicates?: ContactId[];
  /** Last time a message from them was seen (tells whether they replied). */
  lastReplyAt?: number;
  /** Last captured interaction of any kind (keep-in-touch clock). */
  lastInteractionAt?: number;
  connectedAt?: number;
  createdAt: number;
  updatedAt: number;
  lastSeenAt?: number;
}

export const INTERACTION_KINDS = [
  'message-sent',
  'message-received',
  'invite-sent',
  'meeting',
  'call',
  'outcome',
  'update-sent',
  'give',
  'received-give',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const OUTCOMES = ['meeting', 'interview', 'offer', 'rejected', 'hired', 'deal', 'no-answer'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type GiveKind = 'article' | 'intro' | 'congrats' | 'help' | 'endorsement' | 'recommendation' | 'other';

export interface Interaction {
  id?: number;
  /** Unique de-duplication key: the capture id, or a hash for imported rows. */
  key: string;
  contactId: ContactId;
  kind: InteractionKind;
  at: number;
  text?: string;
  asks?: AskType[];
  outcome?: Outcome;
  giveKind?: GiveKind;
  /** For update-sent: the contact whose news this update reports (the introduced person). */
  aboutContactId?: ContactId;
  site: Site;
  surface?: 'thread' | 'overlay' | 'invitation' | 'manual' | 'import';
  threadUrl?: string;
  /** Other recipients of a group message (the same message is stored once per recipient). */
  groupContactIds?: ContactId[];
  source: 'capture' | 'manual' | 'import';
}

/** recommender introduced the user to contact (an edge of the recommendation graph). */
export interface Introduction {
  id?: number;
  recommenderId: ContactId;
  contactId: ContactId;
  at: number;
  source: 'manual' | 'draft' | 'import';
}

/** A promise made in a message ("je vous envoie le lien") or a next step planned by the user. */
export interface NextStep {
  id?: number;
  contactId: ContactId;
  kind: 'promise' | 'next-step';
  text: string;
  createdAt: number;
  due: number;
  doneAt?: number;
  sourceInteractionKey?: string;
  /** For a promise found in a sent message: what was promised, to recognise its delivery. */
  promised?: 'link' | 'document' | 'update' | 'call' | 'other';
  /** The interaction that delivered it (settled automatically). */
  settledByKey?: string;
}

export type RecommendationOutcome = 'pending' | 'hired' | 'rejected' | 'no-news';

/** A recommendation or cooptation the user made of someone (candidate) to someone (to). */
export interface RecommendationMade {
  id?: number;
  candidateId: ContactId;
  toContactId?: ContactId;
  at: number;
  workedWith: boolean;
  text?: string;
  outcome: RecommendationOutcome;
  source: 'capture' | 'manual' | 'import';
}

/** User decisions on due items: snoozed until, or dismissed. Keyed by the finding key. */
export interface DueState {
  key: string;
  snoozedUntil?: number;
  dismissedAt?: number;
}
