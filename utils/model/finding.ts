import type { AskType, ContactId, ReachVerdict } from './types';

export const RULE_IDS = [
  'recommender-not-informed',
  'ask-beyond-reach',
  'cold-without-recommendation',
  'recommender-not-named',
  'no-interest-shown',
  'ask-without-give',
  'promise-due',
  'next-occasion-missing',
  'keep-warm',
  'living-spam',
  'recommend-only-known',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'high' | 'medium' | 'low';

/** Bilingual text: every reason and action is said in both languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

export interface SuggestedAction {
  kind: 'write-to' | 'mention-recommender' | 'reword-as-advice' | 'ask-intro' | 'plan-next' | 'keep-promise' | 'log-give' | 'slow-down' | 'confirm-worked-with';
  /** Who the action is about (e.g. the recommender to write to). */
  contactId?: ContactId;
  label: Bilingual;
}

export interface Finding {
  rule: RuleId;
  /** Stable key of this finding (rule + contact + item), used for snooze/dismiss. */
  key: string;
  severity: Severity;
  contactId: ContactId;
  /** When it became (or becomes) due; findings about a draft are due now. */
  dueAt?: number;
  reason: Bilingual;
  /**
   * The same, said as a line under the name of the person to write to (the due list groups what
   * is owed to one person): "Tell them how it went with Sophie Martin: 3 meetings since 12 March".
   */
  summary?: Bilingual;
  /** The seed principle the rule comes from, for "why?". */
  principle: Bilingual;
  action?: SuggestedAction;
  /** Structured details for the UI (counts, the ask, the reach verdict…). */
  details?: {
    asks?: AskType[];
    reach?: ReachVerdict;
    recommenderId?: ContactId;
    aboutContactId?: ContactId;
    count?: number;
    [k: string]: unknown;
  };
}
