// One-vs-rest logistic regression on hashed sparse features, trained by AdaGrad with L2 on a fixed
// shuffled order: the same corpus gives the same weights on every machine (IEEE doubles, V8's own
// Math.exp, no threads, no clock).
import { FEATURE_COUNT, featureValue, type FeatureVector } from '../../../utils/asks/model/features';

export interface TrainOptions {
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 penalty per step on the weights a message touches. */
  l2: number;
  /** Seed of the order the messages are visited in. */
  seed: number;
  /** Weight of a positive example of each label (rare labels get more). */
  positiveWeight: (label: number, positives: number, total: number) => number;
}

export interface LinearModel {
  labels: number;
  /** Feature-major: weights[feature * labels + label]. */
  weights: Float64Array;
  biases: Float64Array;
}

export interface Example {
  x: FeatureVector;
  /** y[label] is 1 when the message carries that label. */
  y: Uint8Array;
  /** How much the message counts (1 unless set). */
  weight?: number;
}

/** Mulberry32: a small seeded generator, for the visiting order only. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function trainLogistic(examples: readonly Example[], labels: number, o: TrainOptions): LinearModel {
  const weights = new Float64Array(FEATURE_COUNT * labels);
  const squares = new Float64Array(FEATURE_COUNT * labels);
  const biases = new Float64Array(labels);
  const biasSquares = new Float64Array(labels);
  const positives = new Array<number>(labels).fill(0);
  for (const e of examples) for (let l = 0; l < labels; l++) positives[l] += e.y[l]!;
  const pw = positives.map((p, l) => o.positiveWeight(l, p, examples.length));
  const next = random(o.seed);
  const order = examples.map((_, i) => i);
  const eps = 1e-8;

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { x, y } = examples[k]!;
      const weight = examples[k]!.weight ?? 1;
      const values = Float64Array.from({ length: x.count }, (_, f) => x.sign[f]! * featureValue(x, f));
      for (let l = 0; l < labels; l++) {
        let z = biases[l]!;
        for (let f = 0; f < x.count; f++) z += weights[x.index[f]! * labels + l]! * values[f]!;
        const target = y[l]!;
        const g = (sigmoid(z) - target) * (target ? pw[l]! : 1) * weight;
        for (let f = 0; f < x.count; f++) {
          const w = x.index[f]! * labels + l;
          const grad = g * values[f]! + o.l2 * weights[w]!;
          squares[w] += grad * grad;
          weights[w] -= (o.rate * grad) / Math.sqrt(squares[w]! + eps);
        }
        biasSquares[l] += g * g;
        biases[l] -= (o.rate * g) / Math.sqrt(biasSquares[l]! + eps);
      }
    }
  }
  return { labels, weights, biases };
}
