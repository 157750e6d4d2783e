import type { AskType } from '../model/types';
import type { PreparedText } from '../text/prepare';
import { sentenceIndexAt } from '../text/sentences';
import { gatePasses, trigramsOf } from '../text/trigramIndex';
import type { CompiledCue } from './cueTypes';
import { SentenceFrames } from './frames';
import { isNegated } from '../text/negation';

export interface CueHit {
  cue: CompiledCue;
  /** Folded offsets [start, end). */
  start: number;
  end: number;
  sentence: number;
}

/** A message that trips more cues than this is noise (a pasted page); the first ones are enough. */
const MAX_HITS = 400;

/** Cues that report what happened rather than ask; "I didn't get the job" is still news. */
function negatable(cue: CompiledCue): boolean {
  return cue.kind !== 'context' && cue.ask !== 'update';
}

function trimSpan(folded: string, start: number, end: number): [number, number] {
  while (start < end && (folded[start] === ' ' || folded[start] === '-')) start++;
  while (end > start && folded[end - 1] === ' ') end--;
  return [start, end];
}

/**
 * Every cue occurrence that holds in its sentence (frame) and is not negated, then absorption.
 * The negated ones ("I'm not asking for a job") go to `negated` when given: they are certain
 * evidence that the message does not ask that.
 */
export function findCueHits(p: PreparedText, cues: readonly CompiledCue[], frames = new SentenceFrames(p), negated?: CueHit[]): CueHit[] {
  const hits: CueHit[] = [];
  const { folded, sentences } = p;
  if (folded.length === 0) return hits;
  const trigrams = trigramsOf(p);
  outer: for (const cue of cues) {
    if (!gatePasses(trigrams, cue.gate)) continue;
    const re = cue.regex;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const [start, end] = trimSpan(folded, m.index, m.index + m[0].length);
      if (end <= start) continue;
      if (cue.notAfterRe && cue.notAfterRe.test(folded.slice(Math.max(0, start - 30), start))) continue;
      const sentence = sentenceIndexAt(sentences, start);
      if (cue.frame && !frames.has(sentence, cue.frame)) continue;
      const s = sentences[sentence];
      if (negatable(cue) && s && isNegated(folded, s.start, s.end, start, end)) {
        negated?.push({ cue, start, end, sentence });
        continue;
      }
      hits.push({ cue, start, end, sentence });
      if (hits.length >= MAX_HITS) break outer;
    }
  }
  return absorb(hits);
}

/** What a hit may stand for, as far as absorption is concerned. */
function standsFor(hit: CueHit): ReadonlyArray<AskType | 'meeting'> {
  switch (hit.cue.kind) {
    case 'meeting':
    case 'time':
      return ['meeting'];
    case 'recommendation':
      return ['endorsement', 'referral'];
    default:
      return hit.cue.ask ? [hit.cue.ask] : [];
  }
}

/** Drops hits explained by an overlapping one ("review my application" is advice, not job). */
function absorb(hits: CueHit[]): CueHit[] {
  const dropped = new Set<CueHit>();
  for (const h of hits) {
    const absorbs = h.cue.absorbs;
    if (!absorbs || dropped.has(h)) continue;
    for (const o of hits) {
      if (o === h || o.start >= h.end || h.start >= o.end) continue;
      if (standsFor(o).some((x) => absorbs.includes(x))) dropped.add(o);
    }
  }
  return dropped.size === 0 ? hits : hits.filter((h) => !dropped.has(h));
}
