// Sentences of a folded text: cues are read within one sentence (negation, question, frame).

export interface Sentence {
  /** Folded offsets, [start, end). */
  start: number;
  end: number;
  /** Ends with a question mark. */
  question: boolean;
}

const MAX_SENTENCE = 600;

/** A line break, or sentence punctuation (with closing quotes or brackets) followed by a space or the end. */
const BOUNDARY = /\n|[.!?]+["')]*(?= |\n|$)/g;

/**
 * Splits folded text on line breaks and on . ! ? … followed by a space. Very long runs without
 * punctuation are cut every MAX_SENTENCE chars so one pasted blob cannot stretch a negation or a
 * frame across a whole page.
 */
export function splitSentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, question: boolean) => {
    while (start < end && (folded.charCodeAt(start) === 32 || folded.charCodeAt(start) === 10)) start++;
    while (end - start > MAX_SENTENCE) {
      const cut = folded.lastIndexOf(' ', start + MAX_SENTENCE);
      const at = cut > start ? cut : start + MAX_SENTENCE;
      out.push({ start, end: at, question: false });
      start = at + 1;
    }
    if (end > start) out.push({ start, end, question });
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(folded); m; m = BOUNDARY.exec(folded)) {
    const isBreak = m[0] === '\n';
    const end = isBreak ? m.index : m.index + m[0].length;
    push(start, end, !isBreak && m[0].includes('?'));
    start = m.index + m[0].length;
  }
  push(start, folded.length, false);
  return out;
}

/** Index of the sentence containing folded offset `pos` (the nearest one before it otherwise). */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
