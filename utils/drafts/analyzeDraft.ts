import { classifyPrepared } from '../asks';
import type { DraftAnalysis } from '../model/draft';
import { prepareText } from '../text/prepare';
import { interestSignalsPrepared } from './interest';
import { hasLink } from './links';
import type { KnownPerson } from '../people/names';
import { findPromisesPrepared } from './promises';
import { findRecommenderMentionsPrepared } from './recommenderMentions';

/**
 * Everything the rules need to know about a draft or a sent message, computed once from one
 * folded copy of the text. Never throws; an empty or unreadable text gives an empty analysis.
 */
export function analyzeDraft(text: string, known: readonly KnownPerson[] = []): DraftAnalysis {
  const raw = typeof text === 'string' ? text : '';
  try {
    const p = prepareText(raw);
    return {
      text: raw,
      lang: p.lang,
      asks: classifyPrepared(p),
      recommenders: findRecommenderMentionsPrepared(p, known),
      promises: findPromisesPrepared(p),
      interest: interestSignalsPrepared(p),
      hasLink: hasLink(p.original),
    };
  } catch {
    return {
      text: raw,
      lang: 'unknown',
      asks: { asks: ['none'], cues: [], lang: 'unknown' },
      recommenders: [],
      promises: [],
      interest: { selfRefs: 0, recipientRefs: 0, questionsToRecipient: 0 },
      hasLink: false,
    };
  }
}
