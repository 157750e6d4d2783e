// Scores the ask classifier on the project corpus (tests/eval/corpus) and prints the tables.
// Usage: npm run eval:asks [-- --errors=dev|train] [--compare]
//
// The figures that count are on the test split: sources (repositories, web sites) neither the
// model nor the cues were fitted on. Dev (where the calibration and thresholds were chosen) and the
// training split's old development set (asks-dev.jsonl, which the cues were written against) are
// printed beside them for reference, and labelled as such. Misclassified messages are listed for
// dev or train only: reading the test split's errors would turn it into a tuning set.
import { classifyAsks } from '../../utils/asks';
import { cueVerdict } from '../../utils/asks/cueVerdict';
import { prepareText } from '../../utils/text/prepare';
import { confusion, scoreAsks, type AskScores, type Scored } from './askMetrics';
import { isReal, loadCorpus, type CorpusMessage } from './corpus';
import { ASK_TYPES } from '../../utils/model/types';

const args = process.argv.slice(2);
const errorsOf = args.find((a) => a.startsWith('--errors='))?.slice(9);
const compare = args.includes('--compare');

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function table(title: string, s: AskScores): string {
  const lines = [`\n## ${title} (${s.count} messages)`, 'label        support  tp  fp  fn  precision  recall  stated or "not sure"'];
  for (const l of s.perLabel) {
    lines.push(`${l.label.padEnd(12)} ${String(l.support).padStart(7)} ${String(l.tp).padStart(3)} ${String(l.fp).padStart(3)} ${String(l.fn).padStart(3)}  ${pct(l.precision)}%   ${pct(l.recall)}%  ${pct(l.support ? l.flagged / l.support : 1)}%`);
  }
  const b = s.beyondReach;
  lines.push(`beyond reach (job|referral): precision ${pct(b.precision)}%  recall ${pct(b.recall)}%  (tp ${b.tp}, fp ${b.fp}, fn ${b.fn})`);
  lines.push(`exact label set: ${pct(s.exactAccuracy)}%   messages with an ask "not sure": ${s.unsureMessages}`);
  return lines.join('\n');
}

function matrix(scored: readonly Scored[]): string {
  const m = confusion(scored);
  const cols = [...ASK_TYPES, 'missed'] as const;
  const head = 'gold \\ read as'.padEnd(15) + cols.map((c) => c.slice(0, 7).padStart(8)).join('');
  const rows = ASK_TYPES.map((g) => g.padEnd(15) + cols.map((c) => String(m.get(g)!.get(c) ?? '·').padStart(8)).join(''));
  return ['\nconfusion (diagonal: found; elsewhere: what was predicted instead, or missed)', head, ...rows].join('\n');
}

type Classifier = (m: CorpusMessage) => Pick<Scored, 'predicted' | 'unsure'>;
const full: Classifier = (m) => {
  const r = classifyAsks(m.text);
  return { predicted: r.asks, unsure: r.unsure };
};
const cuesOnly: Classifier = (m) => ({ predicted: cueVerdict(prepareText(m.text)).asks });

function scoreWith(messages: readonly CorpusMessage[], c: Classifier): Scored[] {
  return messages.map((message) => ({ message, ...c(message) }));
}

function report(title: string, messages: readonly CorpusMessage[], withMatrix: boolean): Scored[] {
  const scored = scoreWith(messages, full);
  console.log(table(title, scoreAsks(scored)));
  if (withMatrix) console.log(matrix(scored));
  for (const lang of ['en', 'fr'] as const) {
    const s = scoreAsks(scored.filter((x) => x.message.lang === lang));
    const b = s.beyondReach;
    const recalls = s.perLabel.filter((l) => l.support > 0).map((l) => `${l.label} ${pct(l.recall).trim()}% (${l.support})`);
    console.log(`  ${lang}: ${s.count} messages, exact ${pct(s.exactAccuracy)}%, beyond reach P ${pct(b.precision)}% R ${pct(b.recall)}%; recall: ${recalls.join(', ')}`);
  }
  if (compare) {
    const c = scoreAsks(scoreWith(messages, cuesOnly));
    console.log(`  cues alone: exact ${pct(c.exactAccuracy)}%, beyond reach P ${pct(c.beyondReach.precision)}% R ${pct(c.beyondReach.recall)}%`);
  }
  return scored;
}

const corpus = loadCorpus();
const real = corpus.filter(isReal);
const count = (f: (m: CorpusMessage) => boolean) => corpus.filter(f).length;
console.log(`# Ask classifier on tests/eval/corpus: ${real.length} real messages (${count((m) => isReal(m) && m.lang === 'en')} en, ${count((m) => isReal(m) && m.lang === 'fr')} fr) and ${corpus.length - real.length} written`);
console.log(`split by source: train ${count((m) => m.split === 'train')} (of which written ${corpus.length - real.length}), dev ${count((m) => m.split === 'dev')}, test ${count((m) => m.split === 'test')}`);

report('TEST split — sources never trained or tuned on (the figures that count)', real.filter((m) => m.split === 'test'), true);
const dev = report('dev split — for reference: calibration and thresholds were chosen here', real.filter((m) => m.split === 'dev'), false);
const train = report('old development set (asks-dev.jsonl) — for reference: training split, the cues were written on it', corpus.filter((m) => m.file === 'asks-dev.jsonl'), false);
report('messages written for Relais — for reference: training split', corpus.filter((m) => !isReal(m)), false);

if (errorsOf === 'dev' || errorsOf === 'train') {
  const list = errorsOf === 'dev' ? dev : [...train, ...scoreWith(real.filter((m) => m.split === 'train' && m.file !== 'asks-dev.jsonl'), full)];
  const errors = scoreAsks(list).errors;
  console.log(`\n## Misclassified on ${errorsOf} (${errors.length})`);
  for (const e of errors) {
    const m = e.message as CorpusMessage;
    const text = m.text.replace(/\s+/g, ' ');
    console.log(`${m.file}:${m.line + 1} [${m.lang}] gold=${m.asks.join('+')} got=${e.predicted.join('+')}${e.unsure?.length ? ` unsure=${e.unsure.join('+')}` : ''} :: ${text.slice(0, 160)}${text.length > 160 ? '…' : ''}`);
  }
} else if (errorsOf) console.log(`\n--errors=${errorsOf}: only dev or train (the test split's messages are not for reading while tuning)`);
