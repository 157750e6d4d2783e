import type { IntroSource } from '../chains/graph';
import type { DraftAnalysis } from '../model/draft';
import type { Finding, RuleId } from '../model/finding';
import type { Settings } from '../model/settings';
import type { Contact, ContactId, Interaction, NextStep, RecommendationMade } from '../model/types';
import type { Exchanges } from './keptInTouch';

/** Finds a contact by id; undefined for a deleted or unknown one (never throws). */
export type ContactLookup = (id: ContactId) => Contact | undefined;

/** Someone a draft recommends to its recipient ("je vous recommande Paul Martin"). */
export interface RecommendedPerson {
  name: string;
  /** The known contact, when the name resolved to exactly one. */
  contactId?: ContactId;
}

/** The message being written to the contact, analysed once by the classifier. */
export interface DraftContext {
  analysis: DraftAnalysis;
  /** Nothing exchanged with this contact before; derived from the history when absent. */
  isFirstMessage?: boolean;
  /** The draft is the note of a connection invitation. */
  isInvitation?: boolean;
  /** The draft is a recommendation of this contact (LinkedIn's "write a recommendation"). */
  isRecommendationOfContact?: boolean;
  /** Third parties the draft recommends; found with `findRecommendedPeople` when absent. */
  recommends?: RecommendedPerson[];
}

/** Recent outreach across all contacts, for living-spam (computed by `computeOutreachStats`). */
export interface OutreachStats {
  /** First messages and invitations to new people since the start of today, the draft excluded. */
  firstMessagesToday: number;
  /** Messages of the last `windowDays` to other people that are near-duplicates of the draft. */
  similarToDraft: number;
  /** How many different people received those near-duplicates. */
  similarPeople: number;
  windowDays: number;
}

/** Everything a rule may look at. Pure data and lookups: no I/O, no clock (`now`). */
export interface RuleContext {
  contact: Contact;
  contactsById: ContactLookup;
  /** This contact's interactions, oldest first. */
  interactions: readonly Interaction[];
  /** Anyone's interactions, oldest first (recommenders' updates); defaults to this contact's only. */
  interactionsOf?: (id: ContactId) => readonly Interaction[];
  /**
   * Exchanges each way with someone, as the due digest counted them, for callers that do not read
   * histories (the due list); counted from `interactions` when absent.
   */
  exchangesOf?: (id: ContactId) => Exchanges | undefined;
  /** The recommendation graph (all introductions, or a prebuilt graph). */
  introductions: IntroSource;
  /** This contact's promises and next steps. */
  nextSteps: readonly NextStep[];
  /** Recommendations you made (those about this contact are used). */
  recommendationsMade: readonly RecommendationMade[];
  draft?: DraftContext;
  outreach?: OutreachStats;
  settings: Settings;
  now: number;
}

export type Rule = (ctx: RuleContext) => Finding[];

export interface RuleDefinition {
  id: RuleId;
  run: Rule;
}

/** A contact's interactions through the context, whoever they are. */
export function historyOf(ctx: RuleContext, id: ContactId): readonly Interaction[] {
  if (id === ctx.contact.id) return ctx.interactions;
  return ctx.interactionsOf?.(id) ?? [];
}
