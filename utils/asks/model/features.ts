// The learned model's view of a message: hashed word unigrams and bigrams of the folded text (lower
// case, no accents), the same again for the words of sentences that ask something, and named signals
// from the cues. Shared by the training script and the classifier, so both see the same features.
// (Character n-grams were tried: on sources held out by group they scored lower, and cost more.)

export const FEATURE_BITS = 14;
export const FEATURE_COUNT = 1 << FEATURE_BITS;
export const FEATURE_MASK = FEATURE_COUNT - 1;

/** A word longer than this is noise (a link, a pasted token): only its start counts. */
const MAX_WORD = 24;
/** Seeds that keep the feature families apart in the one hash space. */
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca77;
const SEED_ASK = 0x165667b1;
const SEED_NAMED = 0x27d4eb2f;
const PRIME = 0x01000193;

/** The weight of a named signal ("the cues saw a referral ask"), whatever the message's length. */
export const NAMED_VALUE = 0.25;

/**
 * A message's features: distinct hashed indices, each with a sign (±1). The first `words` come from
 * its text and weigh 1/√words each, so a long message does not outweigh a short one; the rest are
 * named signals, which weigh NAMED_VALUE.
 */
export interface FeatureVector {
  index: Int32Array;
  sign: Int8Array;
  count: number;
  words: number;
}

/** The value of the f-th feature of `x`. */
export function featureValue(x: FeatureVector, f: number): number {
  return f < x.words ? 1 / Math.sqrt(Math.max(1, x.words)) : NAMED_VALUE;
}

/** A word of the folded text, [start, end), and its hash. */
export interface Token {
  start: number;
  end: number;
  hash: number;
}

/** The final mix of a feature's hash: its low bits pick the slot, its sign bit the sign. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Letters and digits of any script; digits all read as 0 ("15 minutes" and "20 minutes" alike). */
function wordCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 48 && c <= 57) return 48;
  // Non-ASCII letters are left after folding only in other scripts; emoji and symbols are not words.
  if (c >= 0xc0 && c < 0x2000) return c;
  if (c >= 0x3040 && c < 0xd800) return c;
  return -1;
}

/** The words of a folded text, with their hashes; a run of digits is one "0". */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let c = wordCode(folded.charCodeAt(i));
    if (c < 0) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED_WORD;
    let last = -1;
    while (i < n && (c = wordCode(folded.charCodeAt(i))) >= 0) {
      if (!(c === 48 && last === 48) && i - start < MAX_WORD) h = Math.imul(h ^ c, PRIME);
      last = c;
      i++;
    }
    out.push({ start, end: i, hash: h });
  }
  return out;
}

/** The hashes the k-th word adds: itself and the bigram it ends, and both again as words of an ask. */
export function wordFeatures(tokens: readonly Token[], k: number, inAsk: boolean, emit: (hash: number) => void): void {
  const h = tokens[k]!.hash;
  const bigram = Math.imul((k > 0 ? tokens[k - 1]!.hash : SEED_BIGRAM) ^ SEED_BIGRAM, PRIME) ^ h;
  emit(h);
  emit(bigram);
  if (inAsk) {
    emit(Math.imul(h ^ SEED_ASK, PRIME));
    emit(Math.imul(bigram ^ SEED_ASK, PRIME));
  }
}

/** Hash of a named signal ("cue:job"), in its own family. */
export function namedFeature(name: string): number {
  let h = SEED_NAMED;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), PRIME);
  return h;
}

/** Collects the distinct features of one message (a stamp per slot avoids clearing a set). */
export class FeatureSink {
  private readonly stamp = new Uint32Array(FEATURE_COUNT);
  private epoch = 0;
  private index = new Int32Array(1024);
  private sign = new Int8Array(1024);
  private n = 0;
  private words = 0;

  reset(): void {
    this.n = 0;
    this.words = 0;
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  add(hash: number): void {
    const h = fmix(hash);
    const i = h & FEATURE_MASK;
    if (this.stamp[i] === this.epoch) return;
    this.stamp[i] = this.epoch;
    if (this.n === this.index.length) {
      const index = new Int32Array(this.n * 2);
      const sign = new Int8Array(this.n * 2);
      index.set(this.index);
      sign.set(this.sign);
      this.index = index;
      this.sign = sign;
    }
    this.index[this.n] = i;
    this.sign[this.n] = h < 0 ? -1 : 1;
    this.n++;
  }

  /** Ends the text's features: what is added next is a named signal. */
  endWords(): void {
    this.words = this.n;
  }

  /** The collected features; `copy` for a vector that outlives the next reset (training). */
  vector(copy = false): FeatureVector {
    const index = copy ? this.index.slice(0, this.n) : this.index;
    const sign = copy ? this.sign.slice(0, this.n) : this.sign;
    return { index, sign, count: this.n, words: this.words };
  }
}

/**
 * The feature vector of a message's words (`inAsk[k]`: the k-th word is in a sentence that asks
 * something) and named signals. Not reentrant: the vector is the sink's until its next reset.
 */
export function extractFeatures(sink: FeatureSink, tokens: readonly Token[], inAsk: Uint8Array, named: readonly string[]): FeatureVector {
  sink.reset();
  const add = (h: number) => sink.add(h);
  for (let k = 0; k < tokens.length; k++) wordFeatures(tokens, k, inAsk[k] === 1, add);
  sink.endWords();
  for (const name of named) sink.add(namedFeature(name));
  return sink.vector();
}
