import type { AskType, ContactId } from './types';

export type Lang = 'fr' | 'en' | 'unknown';

/** One piece of text that made the classifier see an ask (shown to the user as the "why"). */
export interface AskCue {
  ask: AskType;
  /** The matched words, as they appear in the text. */
  cue: string;
  /** Character offset in the original text. */
  index: number;
}

export interface AskResult {
  /** Ask types in the canonical order of ASK_TYPES; ['none'] when nothing is asked. */
  asks: AskType[];
  cues: AskCue[];
  lang: Lang;
  /** Calibrated probability of each ask (0–1), when the classifier ran. */
  probabilities?: Partial<Record<AskType, number>>;
  /** Asks too uncertain to state ("not sure"); never in `asks`. */
  unsure?: AskType[];
}

export interface RecommenderMention {
  /** The name as written ("Marc", "Marc Dupont"). */
  name: string;
  /** Resolved known contact, when exactly one matches. */
  contactId?: ContactId;
  /** The phrase that introduced it ("de la part de", "suggested I reach out"). */
  cue: string;
}

export interface PromiseMention {
  /** The promising sentence, as written. */
  text: string;
  /** What was promised, to match a later delivery. */
  what: 'link' | 'document' | 'update' | 'call' | 'other';
}

export interface InterestSignals {
  /** References to the sender (je, moi, mon, I, my…). */
  selfRefs: number;
  /** References to the recipient (vous, votre, tu, you, your…). */
  recipientRefs: number;
  /** Questions about the recipient (their work, their opinion, their path). */
  questionsToRecipient: number;
}

/** Everything the engine needs to know about a draft or a sent message, computed once. */
export interface DraftAnalysis {
  text: string;
  lang: Lang;
  asks: AskResult;
  recommenders: RecommenderMention[];
  promises: PromiseMention[];
  interest: InterestSignals;
  hasLink: boolean;
}
