import type { TabState } from '../../background/tabState';
import type { DraftAnalysis } from '../../model/draft';
import type { Bilingual, Finding, Severity } from '../../model/finding';
import type { AskType, Contact, ContactId, NextStep, ReachVerdict } from '../../model/types';
import type { RuleFailure } from '../../rules/index';
import type { CheckReads } from '../checkCache';

// The shapes of the pre-send check: what the background computes once per change and stores for
// the popup and the side panel (utils/background/tabChecks.ts), so plain data only.

export const CHECKLIST_IDS = [
  'recommended-by',
  'ask-within-reach',
  'interest-shown',
  'gave-before-asking',
  'recommenders-informed',
  'next-occasion-planned',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface ChecklistItem {
  id: ChecklistId;
  /** true ✓, false ✗, null: does not apply here (–). */
  ok: boolean | null;
  reason: Bilingual;
  /** What to do about it (an advice-style rewording, whom to tell). */
  hint?: Bilingual;
}

/** Why there is (or is not) a conversation to check in this tab. */
export type PageState =
  | { kind: 'unsupported' }
  | { kind: 'site-off' }
  | { kind: 'waiting' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'not-a-conversation' }
  | { kind: 'nobody' }
  | { kind: 'conversation' };

export interface AskCheck {
  ask: AskType;
  /** The words of the draft that made the classifier see this ask (the "why"). */
  cues: string[];
  verdict: ReachVerdict;
  reasons: Bilingual[];
  /** An advice-style alternative when the ask is not clearly within reach. */
  hint?: Bilingual;
}

export interface OwedNote {
  key: string;
  recommenderId: ContactId;
  recommenderName: string;
  aboutContactId: ContactId;
  aboutName: string;
  dueAt: number;
  isDue: boolean;
  /** The update is owed to the person the draft is written to: say it in this message. */
  toThisContact: boolean;
  reason: Bilingual;
}

export interface Ledger {
  /** Messages with an ask sent before (the draft not counted). */
  asked: number;
  gave: number;
  received: number;
  draftAsks: boolean;
}

export interface RecommenderNote {
  id: ContactId;
  name: string;
  /** Whether the draft names them; null without a draft. */
  named: boolean | null;
}

export interface ContactCheck {
  contact: Contact;
  /** False when the person is not in the database yet (a first message to someone new). */
  known: boolean;
  recommenders: RecommenderNote[];
  asks: AskCheck[];
  owed: OwedNote[];
  /** Open promises and next steps, soonest first. */
  openSteps: NextStep[];
  ledger: Ledger;
  /** Every finding for this contact, most severe first. */
  findings: Finding[];
  /** Those that the draft being written raises (they vanish with it). */
  draftFindings: Finding[];
  failures: RuleFailure[];
  checklist: ChecklistItem[];
}

export interface ConversationCheck {
  page: PageState;
  /** What the contacts were read from. */
  source: 'draft' | 'profile' | 'thread' | 'none';
  draft?: { text: string; surface: 'thread' | 'overlay' | 'invitation'; at: number; analysis?: DraftAnalysis };
  contacts: ContactCheck[];
  /** The most severe finding raised by the draft (the toolbar badge turns to a warning on 'high'). */
  draftSeverity?: Severity;
}

export interface TabInput {
  /** The tab's URL when the caller knows it (tabs permission or activeTab); else the last status URL. */
  url?: string;
  state: TabState | undefined;
}

export interface CheckOptions {
  /**
   * Count the week's outreach for living-spam (default true). It reads up to a week of messages
   * and is most of the cost on a big database; the checklist and the badge do not need it (none
   * of the six items, and no high-severity finding, comes from it).
   */
  outreach?: boolean;
  /**
   * Where database reads that do not depend on the draft are remembered between calls (the
   * background keeps one per worker, cleared on every write). Without it everything is read anew.
   */
  cache?: CheckReads;
}
