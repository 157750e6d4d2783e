import { foldLine } from '../text/fold';

/** Texts longer than this are compared on their beginning: templates show themselves early. */
const MAX_CHARS = 4_000;
/** Shorter texts ("Merci !", "Avec plaisir") are alike by nature, not by copy-paste. */
export const MIN_WORDS = 8;
const SHINGLE = 3;

/**
 * Word 3-shingles of folded text, hashed to numbers (FNV-1a). A template sent to many people keeps
 * most of its shingles when only the greeting's name changes, so Jaccard similarity stays high.
 */
export function shingles(text: string | undefined): Set<number> {
  const words = foldLine(text, MAX_CHARS).match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length < MIN_WORDS) return out;
  // Each word hashed once; a shingle combines the three word hashes (order matters).
  const h = words.map(hash);
  for (let k = 0; k + SHINGLE <= h.length; k++) out.add((Math.imul(h[k], 0x01000193) ^ Math.imul(h[k + 1], 0x5bd1e995) ^ h[k + 2]) >>> 0);
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
