// The ask classifier: time per message (cues and model) against the cues alone, measured in Node by
// tests/bench/node/askClassifier.ts, and where its weights sit in the built extension (never in the
// LinkedIn content script). Budget: ≤ 1 ms for classifier + rules at 2,000 characters (the
// draft-engine figure); the weights ≤ 300 KB in the built extension.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';

const run = promisify(execFile);
const KB = 1024;

/** Every .js file of the built extension, relative to its root. */
function scripts(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(dir, path.join(rel, e.name)) : e.name.endsWith('.js') ? [path.join(rel, e.name)] : [],
  );
}

export async function askClassifier({ quick, ext }) {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const { stdout } = await run(tsx, ['tests/bench/node/askClassifier.ts', ...(quick ? ['--quick'] : [])], { maxBuffer: 64 * 2 ** 20 });
  const r = JSON.parse(stdout);
  const s = (k) => summarize(r[k]);
  const carriers = scripts(ext.dir).filter((f) => readFileSync(path.join(ext.dir, f), 'utf8').includes(r.weightSample));
  const injected = new Set((ext.manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  const inContent = carriers.filter((f) => injected.has(f));
  const total = carriers.length * r.weightBytes;
  const fmt = (x) => `${x.median.toFixed(3)} ms`;
  const sz = (b) => ({ n: 1, median: b / KB, min: b / KB, max: b / KB, p10: b / KB, p90: b / KB });
  return [
    row({
      id: 'ask-classifier',
      figure: `ask classifier (cues + model), one real message of the corpus (${r.messages}, ${r.meanChars} chars on average), Node ${process.version}`,
      unit: 'ms',
      value: s('perMessage'),
      baseline: { label: 'cues alone', value: s('perMessageCues') },
      ratio: { label: '{}× the cues alone', value: s('perMessage').median / s('perMessageCues').median },
      budget: '(part of the draft-engine figure)',
      notes: [`at ${r.draftChars} characters: ${fmt(s('perDraft'))}, cues alone ${fmt(s('perDraftCues'))}`],
    }),
    row({
      id: 'ask-model-weights',
      figure: `ask model weights in the built extension (${carriers.join(', ') || 'nowhere?'})`,
      unit: 'KB',
      value: sz(total),
      ratio: { label: `${carriers.length} copies of {} KB`, value: r.weightBytes / KB },
      budget: '≤ 300 KB, none in the content script',
      ok: total <= 300 * KB && inContent.length === 0 && carriers.length > 0,
      notes: inContent.length ? [`in the LinkedIn content script: ${inContent.join(', ')}`] : [],
    }),
  ];
}
