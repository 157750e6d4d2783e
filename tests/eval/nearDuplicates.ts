// Near-duplicate messages (the same template on two sites, a copy with one word changed): pairs
// whose five-word shingles overlap by a Jaccard index of at least `threshold`. Candidates come from
// an inverted index of shingles, so the corpus is not compared pair by pair.
import { foldPlain } from '../../utils/text/fold';

const SHINGLE = 5;

function shingles(text: string): Set<string> {
  const words = foldPlain(text).match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export function nearDuplicatePairs(texts: readonly string[], threshold = 0.6): Array<[number, number, number]> {
  const sets = texts.map(shingles);
  const index = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const sh of s) {
      const list = index.get(sh);
      if (list) list.push(i);
      else index.set(sh, [i]);
    }
  });
  const pairs: Array<[number, number, number]> = [];
  sets.forEach((s, i) => {
    const shared = new Map<number, number>();
    for (const sh of s) for (const j of index.get(sh)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const jaccard = n / (s.size + sets[j]!.size - n);
      if (jaccard >= threshold) pairs.push([i, j, jaccard]);
    }
  });
  return pairs;
}
