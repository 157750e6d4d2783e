import type { AskCue, AskResult, Lang } from '../model/draft';
import type { AskType } from '../model/types';
import { isForeignFolded } from '../text/detectLang';
import { prepareText, type PreparedText } from '../text/prepare';
import { cueVerdict } from './cueVerdict';
import { explainLabel } from './model/explain';
import { FeatureSink } from './model/features';
import { LinearScorer } from './model/linear';
import { decide, labelProbabilities, modelView } from './model/predict';
import { ASK_MODEL } from './model/weights';

// The classifier: hand-written cues and a small learned model, side by side (docs/ask-classifier.md).
// The cues say where an ask is and decide what is denied; the model, trained on real messages,
// weighs every phrasing; the calibration fitted on held-out sources turns both into a probability.

let scorer: LinearScorer | undefined;
const sink = new FeatureSink();
let probabilities: Float64Array | undefined;

/** Decoded on first use, not at import: a page that never classifies pays nothing. */
function model(): LinearScorer {
  scorer ??= new LinearScorer(ASK_MODEL);
  return scorer;
}

function empty(lang: Lang): AskResult {
  return { asks: ['none'], cues: [], lang, probabilities: { none: 1 }, unsure: [] };
}

/** Classifier on an already prepared text (shared with analyzeDraft so the text is folded once). */
export function classifyPrepared(p: PreparedText): AskResult {
  if (p.folded.length === 0) return empty(p.lang);
  const m = model();
  const verdict = cueVerdict(p);
  const view = modelView(sink, p, verdict);
  probabilities = labelProbabilities(m, view.features, verdict, probabilities as Float64Array<ArrayBuffer> | undefined);
  const decision = decide(ASK_MODEL, probabilities);
  // The model learnt French and English: on another language (or noise) only the cues state an
  // ask, and what the model alone would have said is at most "not sure".
  const foreign = isForeignFolded(p.folded);
  const asks = foreign ? verdict.asks : decision.asks;
  const unsure = foreign ? [...decision.asks, ...decision.unsure].filter((a) => a !== 'none' && !asks.includes(a)) : decision.unsure;
  const cues: AskCue[] = verdict.cues.filter((c) => asks.includes(c.ask));
  for (const ask of asks) {
    if (ask === 'none' || cues.some((c) => c.ask === ask)) continue;
    const why = explainLabel(p, view.tokens, view.inAsk, m, ask, ASK_MODEL.labels.indexOf(ask));
    if (why) cues.push(why);
  }
  cues.sort((a, b) => a.index - b.index);
  const byLabel: Partial<Record<AskType, number>> = {};
  ASK_MODEL.labels.forEach((label, l) => (byLabel[label] = Math.round(probabilities![l]! * 1000) / 1000));
  return { asks, cues, lang: p.lang, probabilities: byLabel, unsure };
}

/**
 * What a message asks of its recipient, among ASK_TYPES, with the words that show it, a calibrated
 * probability per ask and the asks too uncertain to state. French and English; `lang` skips
 * detection when the caller knows it. Never throws: anything that is not a message gets ['none'].
 */
export function classifyAsks(text: string, lang?: Lang): AskResult {
  try {
    return classifyPrepared(prepareText(text, lang));
  } catch {
    return empty(lang ?? 'unknown');
  }
}

export { isBeyondReachAsk } from './beyondReach';
