import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContactId, GiveKind, Outcome, ReachVerdict, AskType, RecommendationOutcome, Tier } from '../model/types';
import type { Ack } from './payloads';
import { quietLogger } from './contentProtocol';

/** A user's edit to a contact; undefined leaves a field as it is, null clears it. */
export interface ContactFieldsPatch {
  contactId: ContactId;
  tier?: Tier | null;
  cadenceDays?: number | null;
  workedWith?: boolean;
  reachOverrides?: Partial<Record<AskType, ReachVerdict | null>>;
  notes?: string;
}

/**
 * Messages from the extension's own pages (popup, side panel, options, dashboard) to the
 * background, which writes. Every one is validated (utils/messaging/validatePage.ts) and accepted
 * only from an extension page.
 */
export interface PageToBackground {
  /** recommenderId introduced the user to contactId; null removes every recommender of contactId. */
  setRecommender(data: { contactId: ContactId; recommenderId: ContactId | null }): Ack;
  /** Something happened with the contact (meeting, interview, offer, rejected, hired, deal, no answer). */
  logOutcome(data: { contactId: ContactId; outcome: Outcome; at?: number; note?: string }): Ack;
  /** The user told the recommender how things went with aboutContactId (outside LinkedIn, say). */
  markInformed(data: { recommenderId: ContactId; aboutContactId: ContactId; at?: number }): Ack;
  addNextStep(data: { contactId: ContactId; text: string; due: number; kind: 'promise' | 'next-step' }): Ack;
  completeNextStep(data: { id: number }): Ack;
  logGive(data: { contactId: ContactId; giveKind: GiveKind; text?: string }): Ack;
  setContactFields(data: ContactFieldsPatch): Ack;
  snoozeDue(data: { key: string; until: number }): Ack;
  dismissDue(data: { key: string }): Ack;
  mergeContacts(data: { keepId: ContactId; dropId: ContactId }): Ack;
  /** "Not the same person": clears the probable-duplicate flag between two contacts. */
  keepApart(data: { a: ContactId; b: ContactId }): Ack;
  recordRecommendation(data: { candidateId: ContactId; toContactId?: ContactId; workedWith: boolean; text?: string }): Ack;
  setRecommendationOutcome(data: { id: number; outcome: RecommendationOutcome }): Ack;
  /** Recompute the due list, badge and alarms now (after an import, a restore, an erase). */
  refreshReminders(): { ok: true; due: number };
}

export const pageMessaging = defineExtensionMessaging<PageToBackground>({ logger: quietLogger });
