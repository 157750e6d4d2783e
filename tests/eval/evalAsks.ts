// Scores the ask classifier on the labelled development corpus and prints the tables.
// Usage: npx tsx tests/eval/evalAsks.ts [path/to/asks-dev.jsonl] [--errors=N]
// Also prints, when run on the default corpus, the messages written for Relais outside the corpus
// (tests/eval/asks-fresh*.jsonl; see tests/eval/README.md).
// The corpus is split in two halves by line parity (even: tuned on, odd: held out) so the
// numbers on the odd half say how the cues generalise to phrasings they were not tuned on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyAsks } from '../../utils/asks';
import { parseCorpus, scoreAsks, type AskScores, type LabelledMessage, type Scored } from './askMetrics';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? path.resolve('..', 'shared', 'corpus', 'asks-dev.jsonl');
const maxErrors = Number(args.find((a) => a.startsWith('--errors='))?.slice(9) ?? 60);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function table(title: string, s: AskScores): string {
  const lines = [`\n## ${title} (${s.count} messages)`, 'label        support  tp  fp  fn  precision  recall'];
  for (const l of s.perLabel) {
    lines.push(`${l.label.padEnd(12)} ${String(l.support).padStart(7)} ${String(l.tp).padStart(3)} ${String(l.fp).padStart(3)} ${String(l.fn).padStart(3)}  ${pct(l.precision)}%    ${pct(l.recall)}%`);
  }
  const b = s.beyondReach;
  lines.push(`beyond reach (job|referral): precision ${pct(b.precision)}%  recall ${pct(b.recall)}%  (tp ${b.tp}, fp ${b.fp}, fn ${b.fn})`);
  lines.push(`exact label-set accuracy: ${pct(s.exactAccuracy)}%`);
  return lines.join('\n');
}

const corpus: LabelledMessage[] = parseCorpus(readFileSync(file, 'utf8'));
const scored: Scored[] = corpus.map((message) => ({ message, predicted: classifyAsks(message.text).asks }));
const pick = (f: (s: Scored) => boolean) => scoreAsks(scored.filter(f));

const all = scoreAsks(scored);
console.log(`# Ask classifier on ${file}`);
console.log(table('all', all));
console.log(table('fr', pick((s) => s.message.lang === 'fr')));
console.log(table('en', pick((s) => s.message.lang === 'en')));
console.log(table('tuning half (even lines)', pick((s) => s.message.line % 2 === 0)));
console.log(table('held-out half (odd lines)', pick((s) => s.message.line % 2 === 1)));

console.log(`\n## Misclassified (${all.errors.length}; showing ${Math.min(maxErrors, all.errors.length)})`);
for (const e of all.errors.slice(0, maxErrors)) {
  const text = e.message.text.replace(/\s+/g, ' ');
  console.log(`#${e.message.line} [${e.message.lang}] gold=${e.message.asks.join('+')} got=${e.predicted.join('+')} :: ${text.slice(0, 140)}${text.length > 140 ? '…' : ''}`);
}

if (!args.some((a) => !a.startsWith('--'))) {
  const dir = path.resolve('tests', 'eval');
  const batches = readdirSync(dir).filter((f) => /^asks-fresh\d*\.jsonl$/.test(f)).sort();
  const fresh: Scored[] = [];
  console.log('\n## Written for Relais, outside the corpus (current cues; first-run numbers in tests/eval/README.md)');
  for (const f of batches) {
    const batch = parseCorpus(readFileSync(path.join(dir, f), 'utf8')).map((message) => ({ message, predicted: classifyAsks(message.text).asks }));
    fresh.push(...batch);
    const s = scoreAsks(batch);
    console.log(`${f.padEnd(20)} ${String(s.count).padStart(3)} msgs  beyond reach P ${pct(s.beyondReach.precision)}% R ${pct(s.beyondReach.recall)}%  exact ${pct(s.exactAccuracy)}%`);
  }
  console.log(table('all written batches', scoreAsks(fresh)));
}
