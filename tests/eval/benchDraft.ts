// Times classifyAsks + analyzeDraft on a 2,000-character draft (median of many runs), and the
// worst inputs (100 KB, emoji only, HTML-looking). Usage: npx tsx tests/eval/benchDraft.ts
// A printed table, not a timed test: these machines are shared and noisy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyAsks } from '../../utils/asks';
import { analyzeDraft } from '../../utils/drafts/analyzeDraft';

const corpus = path.resolve('tests', 'eval', 'corpus', 'asks-dev.jsonl');
const texts = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const known = Array.from({ length: 200 }, (_, i) => ({ id: `linkedin:in/p${i}`, name: `Prénom${i} Nom${i}` })).concat([{ id: 'linkedin:in/marc', name: 'Marc Dupont' }]);

/** Stress case: 2,000 characters packed with asks from many messages (far denser than a real draft). */
function denseDraft(seed: number): string {
  let d = 'Bonjour, Marc Dupont m’a conseillé de vous écrire. ';
  for (let i = seed; d.length < 2000; i += 7) d += texts[i % texts.length] + '\n\n';
  return d.slice(0, 2000);
}

/** Realistic case: the longest real messages of the corpus, cut or padded to 2,000 characters. */
function realDraft(rank: number): string {
  const t = [...texts].sort((a, b) => b.length - a.length)[rank]!;
  return `Bonjour, Marc Dupont m’a conseillé de vous écrire.\n${t}`.padEnd(2000, ' Merci.').slice(0, 2000);
}

/** Median of `runs` calls; the lowest of three such medians, since other work shares the machine. */
function median(f: () => void, runs = 2000): number {
  for (let i = 0; i < 300; i++) f();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      f();
      t.push(performance.now() - s);
    }
    t.sort((a, b) => a - b);
    best = Math.min(best, t[t.length >> 1]!);
  }
  return best;
}

const real = [0, 1, 2, 3].map(realDraft);
const dense = [0, 1, 2, 3].map(denseDraft);
let k = 0;
const rows: Array<[string, number]> = [
  // Baseline on the same machine in the same run: lower-casing and decomposing the draft once.
  ['baseline: toLowerCase + NFD of the draft', median(() => real[k++ % 4]!.toLowerCase().normalize('NFD'))],
  ['classifyAsks, real 2,000-char drafts', median(() => classifyAsks(real[k++ % 4]!))],
  ['analyzeDraft, real 2,000-char drafts', median(() => analyzeDraft(real[k++ % 4]!, known))],
  ['classifyAsks + analyzeDraft, real drafts', median(() => (classifyAsks(real[k % 4]!), analyzeDraft(real[k++ % 4]!, known)))],
  ['classifyAsks, dense 2,000 chars (stress)', median(() => classifyAsks(dense[k++ % 4]!))],
  ['analyzeDraft, dense 2,000 chars (stress)', median(() => analyzeDraft(dense[k++ % 4]!, known))],
  ['classifyAsks + analyzeDraft, dense (stress)', median(() => (classifyAsks(dense[k % 4]!), analyzeDraft(dense[k++ % 4]!, known)))],
  ['analyzeDraft, 100 KB paste', median(() => analyzeDraft(dense[0]!.repeat(50), known), 50)],
  ['analyzeDraft, 5,000 emoji', median(() => analyzeDraft('😀🎉'.repeat(2500), known), 200)],
  ['analyzeDraft, 20 KB of HTML-looking text', median(() => analyzeDraft('<div class="x"><a href="#">job</a></div>&amp;'.repeat(450), known), 200)],
];
const base = rows[0]![1];
console.log('case'.padEnd(50), 'median ms', ' × baseline');
for (const [name, ms] of rows) console.log(name.padEnd(50), ms.toFixed(3).padStart(9), (ms / base).toFixed(0).padStart(10));
