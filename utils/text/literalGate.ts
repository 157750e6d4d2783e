// Literal strings a regular expression cannot match without. Checking them against the text's
// trigram bitmap first (trigramIndex.ts) lets a hundred cue patterns skip a message in a few
// microseconds instead of each scanning it. Conservative: when unsure, returns null (no gate).

/** Literals shorter than this gate too little to be worth checking. */
const MIN_LITERAL = 3;

type Req = string[] | null;

interface Cursor {
  src: string;
  i: number;
}

/** Of several requirements that must all hold, the most selective one. */
function best(cands: Req[]): Req {
  let pick: Req = null;
  let pickScore = -1;
  for (const c of cands) {
    if (!c || c.length === 0) continue;
    const minLen = Math.min(...c.map((s) => s.length));
    if (minLen < MIN_LITERAL) continue;
    const score = minLen * 100 - c.length;
    if (score > pickScore) {
      pick = c;
      pickScore = score;
    }
  }
  return pick;
}

/** Reads a quantifier at the cursor; returns its minimum count (1 when there is none). */
function quantifier(cur: Cursor): number {
  const c = cur.src[cur.i];
  let min = 1;
  if (c === '?' || c === '*') {
    min = 0;
    cur.i++;
  } else if (c === '+') cur.i++;
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(cur.src.slice(cur.i));
    if (!m) return 1;
    min = Number(m[1]);
    cur.i += m[0].length;
  } else return 1;
  if (cur.src[cur.i] === '?') cur.i++;
  return min;
}

const CLASS_ESCAPES = new Set(['b', 'B', 's', 'S', 'd', 'D', 'w', 'W', 'n', 'r', 't', 'f', 'v', 'p', 'P', 'u', 'x', 'c', 'k', '0']);

/** Parses alternatives until ')' or the end; returns the union requirement (null if any alternative has none). */
function alternation(cur: Cursor): Req {
  const alts: Req[] = [];
  for (;;) {
    alts.push(sequence(cur));
    if (cur.src[cur.i] === '|') {
      cur.i++;
      continue;
    }
    break;
  }
  if (alts.some((a) => a === null)) return null;
  return Array.from(new Set(alts.flat() as string[]));
}

function sequence(cur: Cursor): Req {
  return best(sequenceCandidates(cur));
}

/** Every requirement of a sequence (all must hold): literal runs and mandatory groups. */
function sequenceCandidates(cur: Cursor): Req[] {
  const cands: Req[] = [];
  let run = '';
  const flush = () => {
    if (run.length > 0) cands.push([run]);
    run = '';
  };
  const { src } = cur;
  while (cur.i < src.length) {
    const c = src[cur.i]!;
    if (c === '|' || c === ')') break;
    if (c === '(') {
      cur.i++;
      let lookaround = false;
      if (src[cur.i] === '?') {
        if (src.startsWith('?:', cur.i)) cur.i += 2;
        else if (src.startsWith('?=', cur.i) || src.startsWith('?!', cur.i)) {
          cur.i += 2;
          lookaround = true;
        } else if (src.startsWith('?<=', cur.i) || src.startsWith('?<!', cur.i)) {
          cur.i += 3;
          lookaround = true;
        } else if (src.startsWith('?<', cur.i)) {
          const close = src.indexOf('>', cur.i);
          if (close < 0) throw new Error('bad group');
          cur.i = close + 1;
        } else throw new Error('unsupported group');
      }
      const inner = alternation(cur);
      if (src[cur.i] !== ')') throw new Error('unbalanced');
      cur.i++;
      const min = lookaround ? 0 : quantifier(cur);
      flush();
      if (!lookaround && min > 0) cands.push(inner);
      continue;
    }
    if (c === '[') {
      let j = cur.i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      cur.i = j + 1;
      quantifier(cur);
      flush();
      continue;
    }
    let literal: string | null = null;
    if (c === '\\') {
      const e = src[cur.i + 1] ?? '';
      cur.i += 2;
      if (CLASS_ESCAPES.has(e)) {
        if (e === 'u' || e === 'x' || e === 'p' || e === 'P' || e === 'k' || e === 'c') throw new Error('unsupported escape');
        literal = null;
      } else literal = e;
    } else if (c === '.' || c === '^' || c === '$') {
      cur.i++;
      literal = null;
    } else {
      cur.i++;
      literal = c;
    }
    const beforeQuantifier = cur.i;
    const min = quantifier(cur);
    const quantified = cur.i !== beforeQuantifier;
    if (literal === null) {
      flush();
      continue;
    }
    if (min === 0) {
      flush();
      continue;
    }
    run += literal;
    if (quantified) flush();
  }
  flush();
  return cands;
}

/** Any of the branches; within a branch all of the sets; within a set any of the literals. */
export type LiteralGate = string[][][];

function usable(c: Req): c is string[] {
  return c !== null && c.length > 0 && c.every((x) => x.length >= MIN_LITERAL);
}

/**
 * A necessary condition for `source` to match, as literals: the text must hold, for some top-level
 * branch of the pattern, one literal of each of its sets. Null when nothing useful can be proved
 * (the caller then always runs the pattern). Case-sensitive, like the pattern.
 */
export function literalGate(source: string): LiteralGate | null {
  try {
    const cur: Cursor = { src: source, i: 0 };
    const branches: LiteralGate = [];
    for (;;) {
      const sets = sequenceCandidates(cur).filter(usable);
      if (sets.length === 0) return null;
      branches.push(sets);
      if (source[cur.i] === '|') {
        cur.i++;
        continue;
      }
      break;
    }
    return cur.i === source.length ? branches : null;
  } catch {
    return null;
  }
}
