import type { AskCue } from '../../model/draft';
import type { AskType } from '../../model/types';
import { originalSpan } from '../../text/fold';
import type { PreparedText } from '../../text/prepare';
import { sentenceIndexAt } from '../../text/sentences';
import { FEATURE_MASK, fmix, wordFeatures, type Token } from './features';
import type { LinearScorer } from './linear';

/** At most this many words are quoted as the reason for a label the model found. */
const MAX_WORDS = 5;

/**
 * The words that weigh most toward `label` in the model, as the reason shown to the user ("Seen
 * in: …") when no cue names the ask: the run of up to five consecutive words, within a sentence,
 * whose features add the most to the label's margin.
 */
export function explainLabel(p: PreparedText, tokens: readonly Token[], inAsk: Uint8Array, scorer: LinearScorer, label: AskType, l: number): AskCue | null {
  if (tokens.length === 0) return null;
  const score = new Float64Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    let sum = 0;
    wordFeatures(tokens, k, inAsk[k] === 1, (hash) => {
      const h = fmix(hash);
      sum += scorer.weightOf(h & FEATURE_MASK, h < 0 ? -1 : 1, l);
    });
    score[k] = sum;
  }
  const sentence = tokens.map((t) => sentenceIndexAt(p.sentences, t.start));
  let best = 0;
  let from = -1;
  let to = -1;
  for (let i = 0; i < tokens.length; i++) {
    let sum = 0;
    for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS) && sentence[j] === sentence[i]; j++) {
      sum += score[j]!;
      if (sum > best) {
        best = sum;
        from = i;
        to = j;
      }
    }
  }
  if (from < 0) return null;
  const span = originalSpan(p, tokens[from]!.start, tokens[to]!.end);
  return span.text ? { ask: label, cue: span.text, index: span.index } : null;
}
