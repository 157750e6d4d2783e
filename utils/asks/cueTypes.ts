import type { AskType } from '../model/types';
import { literalGate, type LiteralGate } from '../text/literalGate';

/**
 * How a cue counts:
 * - `ask`: an explicit ask of its label ("can you refer me", "une recommandation sur LinkedIn").
 * - `weak`: counts only when the message asks nothing explicit (interest in a role, a question about
 *   the recipient's work): a job seeker who asks for advice is labelled advice (corpus README §1).
 * - `meeting`: a request for time (call, coffee, "15 minutes", "échanger"); what it is for is read
 *   from the rest of the message: a seller's call is business, a candidate's call about the role is
 *   job, anyone else's is advice.
 * - `time`: a request for time with no conversation in it ("if you have a few minutes", « un moment
 *   à me consacrer »): the time serves the other ask when there is one, else it reads as `meeting`.
 * - `pitch`: "you might be interested": business from a seller, sharing news (update) otherwise.
 * - `context`: not an ask; says who writes (seller, candidate for a role, catch-up, job seeker).
 * - `recommendation`: the French/English "recommander/recommandation" whose sense (internal referral
 *   or written endorsement) is settled by its sentence, then by the message.
 */
export type CueKind = 'ask' | 'weak' | 'meeting' | 'time' | 'pitch' | 'context' | 'recommendation';

export type ContextFlag = 'seller' | 'job-target' | 'job-seeking' | 'catch-up' | 'decline';

export interface CueSpec {
  kind: CueKind;
  /** The label an `ask` or `weak` cue stands for. */
  ask?: AskType;
  /** The context a `context` cue (or a `weak` job cue) signals. */
  context?: ContextFlag;
  /** Regular-expression source, matched on folded text (lower-case, no accents, ' and " folded). */
  re: string;
  /**
   * Sentence condition: `ask` = a question or a sentence with request words ("would you", "j'aimerais");
   * `question` = a question only; `you` = the sentence addresses the recipient.
   */
  frame?: 'ask' | 'question' | 'you';
  /** Other hits overlapping this one that it explains away ("review my application" is advice, not job). */
  absorbs?: ReadonlyArray<AskType | 'meeting'>;
  /** A second label the same words stand for ("a chat about opportunities" is job and advice, README §9). */
  also?: AskType;
  /** Counts only when the message shows this context ("if you need help with X" is business from a freelancer). */
  needs?: ContextFlag;
  /** Regex source tested on the words just before a hit (ending with `$`): when it matches, the hit is dropped. */
  notAfter?: string;
  /** Explicit advice (as opposed to a bare request for time). */
  explicit?: boolean;
}

export interface CompiledCue extends CueSpec {
  id: string;
  regex: RegExp;
  notAfterRe: RegExp | null;
  /** Literals the folded text must hold for the pattern to match (null: always try). */
  gate: LiteralGate | null;
}

/** Up to n words (no sentence punctuation) between two parts of a phrase. */
export const GAP = (n: number): string => `(?:[^\\s.!?]+ ){0,${n}}`;

export function compileCues(lang: string, specs: readonly CueSpec[]): CompiledCue[] {
  return specs.map((s, i) => ({
    ...s,
    id: `${lang}.${s.ask ?? s.context ?? s.kind}.${i}`,
    regex: new RegExp(s.re, 'g'),
    gate: literalGate(s.re),
    notAfterRe: s.notAfter ? new RegExp(s.notAfter) : null,
  }));
}
