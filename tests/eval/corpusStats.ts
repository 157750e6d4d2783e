// Prints the corpus's counts as Markdown tables, for tests/eval/corpus/README.md:
// per split and language, per label, and the messages of each source group with its side.
// Usage: npx tsx tests/eval/corpusStats.ts [--write]   (--write updates the README's generated part)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ASK_TYPES } from '../../utils/model/types';
import { CORPUS_DIR, isReal, loadCorpus, type CorpusMessage, type Split } from './corpus';

const corpus = loadCorpus();
const SPLITS: Split[] = ['train', 'dev', 'test'];
const has = (m: CorpusMessage, label: string) => m.asks.includes(label as never);

export function countsTable(messages: readonly CorpusMessage[]): string {
  const cols = SPLITS.flatMap((s) => (['en', 'fr'] as const).map((lang) => ({ s, lang })));
  const pick = (c: { s: Split; lang: string }) => messages.filter((m) => m.split === c.s && m.lang === c.lang);
  const lines = [
    `| label | ${cols.map((c) => `${c.s} ${c.lang}`).join(' | ')} | total |`,
    `|---|${cols.map(() => '---:').join('|')}|---:|`,
    ...ASK_TYPES.map((t) => `| ${t} | ${cols.map((c) => pick(c).filter((m) => has(m, t)).length).join(' | ')} | ${messages.filter((m) => has(m, t)).length} |`),
    `| **messages** | ${cols.map((c) => `**${pick(c).length}**`).join(' | ')} | **${messages.length}** |`,
  ];
  return lines.join('\n');
}

function groupsTable(messages: readonly CorpusMessage[]): string {
  const groups = new Map<string, CorpusMessage[]>();
  for (const m of messages) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  const rows = [...groups].sort((a, b) => SPLITS.indexOf(a[1][0]!.split) - SPLITS.indexOf(b[1][0]!.split) || b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return [
    '| side | source group | en | fr | labels |',
    '|---|---|---:|---:|---|',
    ...rows.map(([g, ms]) => {
      const labels = ASK_TYPES.map((t) => [t, ms.filter((m) => has(m, t)).length] as const).filter(([, n]) => n > 0);
      return `| ${ms[0]!.split} | ${g} | ${ms.filter((m) => m.lang === 'en').length} | ${ms.filter((m) => m.lang === 'fr').length} | ${labels.map(([t, n]) => `${t} ${n}`).join(', ')} |`;
    }),
  ].join('\n');
}

/** The generated part of the corpus README: counts and source groups. */
export function statsMarkdown(): string {
  const real = corpus.filter(isReal);
  const written = corpus.length - real.length;
  return [
    `Real messages: **${real.length}** (${real.filter((m) => m.lang === 'en').length} English, ${real.filter((m) => m.lang === 'fr').length} French) from ${new Set(real.map((m) => m.group)).size} source groups; written for Relais: ${written} (training only).`,
    '',
    '### Real messages by split, language and label',
    '',
    countsTable(real),
    '',
    '### Source groups and their side',
    '',
    groupsTable(real),
  ].join('\n');
}

const BEGIN = '<!-- corpus-stats:begin (npx tsx tests/eval/corpusStats.ts --write) -->';
const END = '<!-- corpus-stats:end -->';

/** The README with its generated part replaced by the current one. */
export function readmeWithStats(readme: string): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('the corpus README lacks its corpus-stats markers');
  return `${readme.slice(0, a + BEGIN.length)}\n${statsMarkdown()}\n${readme.slice(b)}`;
}

if (process.argv[1]?.endsWith('corpusStats.ts')) {
  if (process.argv.includes('--write')) {
    const file = path.join(CORPUS_DIR, 'README.md');
    writeFileSync(file, readmeWithStats(readFileSync(file, 'utf8')));
    console.log(`updated ${path.relative(process.cwd(), file)}`);
  } else console.log(statsMarkdown());
}
