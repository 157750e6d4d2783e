import type { AskType } from '../../model/types';
import type { PreparedText } from '../../text/prepare';
import type { CueVerdict } from '../cueVerdict';
import { SentenceFrames } from '../frames';
import { extractFeatures, type FeatureSink, type FeatureVector, tokenize, type Token } from './features';
import { calibrated, type LinearScorer, type ShippedModel } from './linear';

/** Probability left to an ask the message explicitly says it is not making. */
export const DENIED_PROBABILITY = 0.01;

/** Named features the cues add to the model's input: their verdict, what is denied, each cue's kind. */
export function cueSignals(v: CueVerdict): string[] {
  return [...v.asks.map((a) => `cue:${a}`), ...v.denied.map((a) => `denied:${a}`), ...v.signals.map((s) => `sig:${s}`)];
}

export interface ModelView {
  tokens: Token[];
  /** 1 for the words of a sentence that asks something (a question or a request). */
  inAsk: Uint8Array;
  features: FeatureVector;
}

function askWords(p: PreparedText, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (p.sentences.length === 0) return out;
  const frames = new SentenceFrames(p);
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (s + 1 < p.sentences.length && p.sentences[s + 1]!.start <= tokens[k]!.start) s++;
    if (frames.isAsk(s)) out[k] = 1;
  }
  return out;
}

/** The model's input for one prepared message; the vector is the sink's until its next use. */
export function modelView(sink: FeatureSink, p: PreparedText, v: CueVerdict): ModelView {
  const tokens = tokenize(p.folded);
  const inAsk = askWords(p, tokens);
  return { tokens, inAsk, features: extractFeatures(sink, tokens, inAsk, cueSignals(v)) };
}

/**
 * A calibrated probability per label: the model's margin and the cues' verdict through the
 * calibration fitted on the dev split. An ask the message denies ("I'm not asking for a job") keeps
 * a probability near zero whatever its words: the cues decide there.
 */
export function labelProbabilities(scorer: LinearScorer, x: FeatureVector, v: CueVerdict, out = new Float64Array(scorer.labels)): Float64Array {
  const model: ShippedModel = scorer.model;
  const margins = scorer.margins(x, out);
  for (let l = 0; l < scorer.labels; l++) {
    const label = model.labels[l]!;
    out[l] = v.denied.includes(label) ? DENIED_PROBABILITY : calibrated(model, l, margins[l]!, v.asks.includes(label));
  }
  return out;
}

const clampLog = (p: number) => Math.log(Math.min(0.999, Math.max(0.001, p)));

/** The label set of `model.labelSets` most probable under independent labels. */
export function mostProbableSet(model: ShippedModel, probabilities: ArrayLike<number>): AskType[] {
  let best = model.labelSets[0]!;
  let bestScore = -Infinity;
  for (const set of model.labelSets) {
    const members = set.split('+');
    let score = 0;
    model.labels.forEach((label, l) => {
      const p = probabilities[l]!;
      score += members.includes(label) ? clampLog(p) : clampLog(1 - p);
    });
    if (score > bestScore) {
      bestScore = score;
      best = set;
    }
  }
  return best.split('+') as AskType[];
}

export interface Decision {
  asks: AskType[];
  unsure: AskType[];
}

/**
 * The asks to state: the most probable label set, keeping each of its labels that is likely enough
 * and leaving the others "not sure", with any label outside it that is still too likely to dismiss.
 */
export function decide(model: ShippedModel, probabilities: ArrayLike<number>): Decision {
  const set = mostProbableSet(model, probabilities);
  const asks: AskType[] = [];
  const unsure: AskType[] = [];
  model.labels.forEach((label, l) => {
    if (label === 'none') return;
    const p = probabilities[l]!;
    const t = model.thresholds[l]!;
    if (set.includes(label)) (p >= t.state ? asks : unsure).push(label);
    else if (p >= t.flag) unsure.push(label);
  });
  return { asks: asks.length ? asks : ['none'], unsure };
}
