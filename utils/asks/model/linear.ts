// The shipped model, read: int8 weights per (feature, label), a scale and a bias per label, and per
// label a calibration that turns the model's margin and the cues' verdict into a probability.
import type { AskType } from '../../model/types';
import { FEATURE_COUNT, NAMED_VALUE, featureValue, type FeatureVector } from './features';

/** What `npm run train:asks` writes (utils/asks/model/weights.ts). */
export interface ShippedModel {
  featureBits: number;
  labels: readonly AskType[];
  /** Per label: margin = bias + scale · Σ weight · value (featureValue). */
  scales: readonly number[];
  biases: readonly number[];
  /** Per label: p = σ(a · margin + b · cueSays + c), fitted on the dev split. */
  calibration: ReadonlyArray<readonly [number, number, number]>;
  /** The label sets a message may get (those seen in training), each `+`-joined in label order. */
  labelSets: readonly string[];
  /**
   * Per label, chosen on the dev split: a label of the most probable set is stated from `state`
   * up, "not sure" below; a label outside it is "not sure" from `flag` up.
   */
  thresholds: ReadonlyArray<{ state: number; flag: number }>;
  /** The weights, feature-major (weights[feature · labels + label]), one character each (WEIGHT_ALPHABET). */
  weights: string;
}

/**
 * A weight is an integer from −WEIGHT_LEVELS to +WEIGHT_LEVELS, written as one printable ASCII
 * character (the 93 of them that need no escape in a JavaScript string): one byte per weight in the
 * built script, where base64 of bytes would take 1.33. The background and the extension pages each
 * carry a copy, so the bytes count twice.
 */
export const WEIGHT_LEVELS = 46;
const WEIGHT_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

export function decodeWeights(text: string): Int8Array {
  const value = new Int8Array(128);
  for (let i = 0; i < WEIGHT_ALPHABET.length; i++) value[WEIGHT_ALPHABET.charCodeAt(i)] = i - WEIGHT_LEVELS;
  const out = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = value[text.charCodeAt(i) & 127]!;
  return out;
}

export function encodeWeights(weights: Int8Array): string {
  let out = '';
  for (let i = 0; i < weights.length; i++) out += WEIGHT_ALPHABET[weights[i]! + WEIGHT_LEVELS];
  return out;
}

export class LinearScorer {
  private readonly weights: Int8Array;
  readonly labels: number;

  constructor(
    readonly model: ShippedModel,
    weights?: Int8Array,
  ) {
    if (model.featureBits !== Math.log2(FEATURE_COUNT)) throw new Error('model and features disagree on the hash size');
    this.labels = model.labels.length;
    this.weights = weights ?? decodeWeights(model.weights);
    if (this.weights.length !== FEATURE_COUNT * this.labels) throw new Error('weights of the wrong size');
  }

  /** The model's margin for each label (before calibration), into `out`. */
  margins(x: FeatureVector, out: Float64Array = new Float64Array(this.labels)): Float64Array {
    const L = this.labels;
    const w = this.weights;
    out.fill(0);
    const wordValue = x.words > 0 ? featureValue(x, 0) : 0;
    for (let f = 0; f < x.count; f++) {
      const base = x.index[f]! * L;
      const v = x.sign[f]! * (f < x.words ? wordValue : NAMED_VALUE);
      for (let l = 0; l < L; l++) out[l] += v * w[base + l]!;
    }
    for (let l = 0; l < L; l++) out[l] = this.model.biases[l]! + this.model.scales[l]! * out[l]!;
    return out;
  }

  /** What one hashed feature (slot, sign) adds to a label's margin per unit of its value. */
  weightOf(slot: number, sign: number, label: number): number {
    return sign * this.weights[slot * this.labels + label]! * this.model.scales[label]!;
  }
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Calibrated probability of label `l` from its margin and whether the cues say it. */
export function calibrated(model: ShippedModel, l: number, margin: number, cueSays: boolean): number {
  const [a, b, c] = model.calibration[l]!;
  return sigmoid(a * margin + b * (cueSays ? 1 : 0) + c);
}
