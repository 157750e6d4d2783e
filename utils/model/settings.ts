import type { Tier } from './types';

/** User settings, kept in browser.storage (see utils/settings). Durations in days, hour 0–23. */
export interface Settings {
  cadenceDays: Record<Tier, number>;
  /** Days after a step before the recommender(s) must have been told. */
  updateDelayDays: number;
  /** Default due delay for a promise found in a sent message. */
  promiseDelayDays: number;
  /** Daily limit on first messages/invitations to new people (living-spam rule). */
  dailyOutreachLimit: number;
  /** 0 = Sunday … 6 = Saturday. */
  quietDays: number[];
  digestHour: number;
  language: 'auto' | 'en' | 'fr';
  notifications: boolean;
  sites: { linkedin: boolean };
  /** Imported history: only items newer than this many days raise reminders. */
  importReminderWindowDays: number;
  /**
   * Updates owed are reminded to the person who introduced you directly; with this, to everyone
   * up the chain too (one entry per recommender, never one per hop). Off by default: calm first.
   */
  remindWholeChain: boolean;
  /**
   * Keep in touch with people you did not place in a circle (no tier, no rhythm of their own)
   * only once you have exchanged at least this many times each way (messages, or a meeting or a
   * call, which count both ways). 0: everyone you ever exchanged with.
   */
  keepInTouchMinExchanges: number;
}

export const DEFAULT_SETTINGS: Settings = {
  cadenceDays: { close: 30, regular: 90, weak: 180 },
  updateDelayDays: 7,
  promiseDelayDays: 3,
  dailyOutreachLimit: 15,
  quietDays: [0, 6],
  digestHour: 9,
  language: 'auto',
  notifications: true,
  sites: { linkedin: true },
  importReminderWindowDays: 30,
  remindWholeChain: false,
  // Two each way: a conversation, not a one-off. A single question and its polite answer (a cold
  // ask, a recruiter's note) is one each way; a second round means you actually talk. The 3,000
  // connections of an import, never written to, are zero.
  keepInTouchMinExchanges: 2,
};
