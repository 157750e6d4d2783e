// Trains the ask model on the corpus's training split, calibrates it and picks its thresholds on
// the dev split, and writes utils/asks/model/weights.ts. `npm run train:asks`; the unit test
// tests/unit/asks/modelReproducible.test.ts checks that retraining gives the shipped weights.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cueVerdict, type CueVerdict } from '../../../utils/asks/cueVerdict';
import { FEATURE_BITS, FEATURE_COUNT, FeatureSink, type FeatureVector } from '../../../utils/asks/model/features';
import { encodeWeights, LinearScorer, WEIGHT_LEVELS, type ShippedModel } from '../../../utils/asks/model/linear';
import { labelProbabilities, modelView, mostProbableSet } from '../../../utils/asks/model/predict';
import { isBeyondReachAsk } from '../../../utils/asks/beyondReach';
import { ASK_TYPES, type AskType } from '../../../utils/model/types';
import { prepareText } from '../../../utils/text/prepare';
import { loadCorpus, type CorpusMessage } from '../corpus';
import { fitPlatt } from './calibrate';
import { trainLogistic, type TrainOptions } from './logistic';
import { chooseThresholds } from './thresholds';

// Chosen by grouped cross-validation over the training and dev splits (tests/eval/README.md).
export const TRAIN_OPTIONS: TrainOptions = { epochs: 12, rate: 0.5, l2: 1e-4, seed: 17, positiveWeight: () => 1 };

/** A label set is offered to the decoder when training holds it this many times (a single label always). */
const MIN_SET_COUNT = 2;

export interface PreparedMessage {
  message: CorpusMessage;
  x: FeatureVector;
  verdict: CueVerdict;
  y: Uint8Array;
}

export function prepareMessages(messages: readonly CorpusMessage[]): PreparedMessage[] {
  const sink = new FeatureSink();
  return messages.map((message) => {
    const p = prepareText(message.text, message.lang);
    const verdict = cueVerdict(p);
    modelView(sink, p, verdict);
    return { message, verdict, x: sink.vector(true), y: Uint8Array.from(ASK_TYPES.map((t) => (message.asks.includes(t) ? 1 : 0))) };
  });
}

/** Integer weights, one scale per label (its largest weight maps to ±WEIGHT_LEVELS). */
function quantize(weights: Float64Array, labels: number): { q: Int8Array; scales: number[] } {
  const scales = Array.from({ length: labels }, (_, l) => {
    let max = 0;
    for (let f = 0; f < FEATURE_COUNT; f++) max = Math.max(max, Math.abs(weights[f * labels + l]!));
    return max === 0 ? 1 : max / WEIGHT_LEVELS;
  });
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scales[i % labels]!);
  return { q, scales };
}

const r6 = (x: number) => Number(x.toPrecision(6));

/** The label sets training holds often enough, in label order, most frequent first. */
function labelSetsOf(train: readonly PreparedMessage[]): string[] {
  const counts = new Map<string, number>();
  for (const m of train) counts.set(m.message.asks.join('+'), (counts.get(m.message.asks.join('+')) ?? 0) + 1);
  for (const label of ASK_TYPES) counts.set(label, Math.max(counts.get(label) ?? 0, MIN_SET_COUNT));
  return [...counts].filter(([, n]) => n >= MIN_SET_COUNT).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([set]) => set);
}

export function trainAskModel(prepared: readonly PreparedMessage[], options: TrainOptions = TRAIN_OPTIONS): ShippedModel {
  const labels = ASK_TYPES.length;
  const train = prepared.filter((m) => m.message.split === 'train');
  const dev = prepared.filter((m) => m.message.split === 'dev');
  const linear = trainLogistic(train, labels, options);
  const { q, scales } = quantize(linear.weights, labels);
  const draft: ShippedModel = {
    featureBits: FEATURE_BITS,
    labels: ASK_TYPES,
    scales: scales.map(r6),
    biases: Array.from(linear.biases, r6),
    calibration: ASK_TYPES.map(() => [1, 0, 0] as const),
    labelSets: labelSetsOf(train),
    thresholds: ASK_TYPES.map(() => ({ state: 0, flag: 1 })),
    weights: '',
  };
  const scorer = new LinearScorer(draft, q);
  const margins = dev.map((m) => Array.from(scorer.margins(m.x)));
  const calibration = ASK_TYPES.map((label, l) => {
    const [a, b, c] = fitPlatt(dev.map((m, i) => ({ margin: margins[i]![l]!, cue: (m.verdict.asks.includes(label) ? 1 : 0) as 0 | 1, y: (m.y[l] ? 1 : 0) as 0 | 1 })).filter((_, i) => !dev[i]!.verdict.denied.includes(label)));
    return [r6(a), r6(b), r6(c)] as const;
  });
  const calibratedModel: ShippedModel = { ...draft, calibration };
  const calibratedScorer = new LinearScorer(calibratedModel, q);
  const probabilities = dev.map((m) => labelProbabilities(calibratedScorer, m.x, m.verdict));
  const sets = probabilities.map((p) => mostProbableSet(calibratedModel, p));
  const points = ASK_TYPES.map((label, l) => dev.map((m, i) => ({ p: probabilities[i]![l]!, chosen: sets[i]!.includes(label), y: m.y[l] === 1 })));
  // A label dev holds too few of borrows the points of its kind: jobs and referrals together (the
  // asks beyond reach, held to 90 % precision), the other asks together (60 %).
  const kind = (label: AskType) => (label === 'none' ? 'none' : isBeyondReachAsk([label]) ? 'beyond' : 'other');
  const pooled = (label: AskType) => points.filter((_, l) => kind(ASK_TYPES[l]!) === kind(label)).flat();
  const thresholds = ASK_TYPES.map((label, l) =>
    label === 'none' ? { state: 0, flag: 1 } : chooseThresholds(points[l]!, pooled(label), { statePrecision: kind(label) === 'beyond' ? 0.9 : 0.6, flagPrecision: 0.4 }),
  );
  return { ...calibratedModel, thresholds, weights: encodeWeights(q) };
}

export function renderWeightsModule(model: ShippedModel): string {
  const { weights, ...rest } = model;
  const lines = [
    '// Generated by `npm run train:asks` (tests/eval/train/trainAsks.ts) from the corpus in',
    '// tests/eval/corpus: trained on the training split, calibrated on the dev split. Do not edit.',
    "import type { ShippedModel } from './linear';",
    '',
    `export const ASK_MODEL: ShippedModel = ${JSON.stringify(rest, null, 2).replace(/\n}$/, ',')}`,
    `  "weights": "${weights}"`,
    '};',
    '',
  ];
  return lines.join('\n');
}

export const WEIGHTS_FILE = path.resolve(import.meta.dirname, '..', '..', '..', 'utils', 'asks', 'model', 'weights.ts');

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = performance.now();
  const corpus = loadCorpus();
  const model = trainAskModel(prepareMessages(corpus));
  writeFileSync(WEIGHTS_FILE, renderWeightsModule(model));
  const count = (s: string) => corpus.filter((m) => m.split === s).length;
  console.log(`trained on ${count('train')} messages, calibrated on ${count('dev')} (${count('test')} held out for test) in ${Math.round(performance.now() - started)} ms`);
  console.log(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)} (${Math.round(renderWeightsModule(model).length / 1024)} KB)`);
}
