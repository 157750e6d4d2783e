// Classifier + every rule for one contact (2,000-character draft, 500 past interactions), budget
// ≤ 1 ms median. Pure code: measured in Node (tsx) by tests/bench/node/draftEngine.ts.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';

const run = promisify(execFile);

export async function draftEngine({ quick }) {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const { stdout } = await run(tsx, ['tests/bench/node/draftEngine.ts', ...(quick ? ['--quick'] : [])], { maxBuffer: 64 * 2 ** 20 });
  const r = JSON.parse(stdout);
  const s = (k) => summarize(r[k]);
  const pipeline = s('pipeline');
  const empty = s('emptyDraft');
  const fmt = (x) => `${x.median.toFixed(3)} ms`;
  return [
    row({
      id: 'draft-engine',
      figure: `classifier + every rule, one contact (${r.draftChars}-char draft, ${r.interactions} past interactions), Node ${process.version}`,
      unit: 'ms',
      value: pipeline,
      baseline: { label: 'rules with an empty draft', value: empty },
      ratio: { label: '{}× the empty draft', value: pipeline.median / empty.median },
      budget: '≤ 1 ms median',
      ok: pipeline.median <= 1,
      notes: [
        `parts (medians): classifyAsks ${fmt(s('classifier'))}, analyzeDraft (classifier included) ${fmt(s('analyzeDraft'))}, the eleven rules ${fmt(s('rulesOnly'))}; building the contact's context once per conversation ${fmt(s('contextBuild'))} (not per keystroke); findings: ${r.findings.join(', ') || 'none'}`,
      ],
      raw: { findings: r.findings, medians: Object.fromEntries(Object.keys(r).filter((k) => Array.isArray(r[k]) && typeof r[k][0] === 'number').map((k) => [k, summarize(r[k])])) },
    }),
  ];
}
