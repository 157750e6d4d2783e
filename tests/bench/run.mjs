// npm run bench [-- --quick] [-- --only=<figure>,<figure>]
//
// Measures Relais in real Chromium with the built extension and prints one table, each figure next
// to its baseline from the same run; also writes it to bench-results/bench.json. It never fails on
// a number (these machines are shared and noisy): it exits non-zero only when the harness itself
// breaks. --quick runs every figure once at a smaller size, to check the bench still works (CI).
// A figure whose surface is not built yet prints "n/a (not built yet)".
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { BLANK_PAGE, CHROMIUM, snapshotExtension } from './lib/browser.mjs';
import { failed, markdownTable, printTable } from './lib/table.mjs';
import { createWorlds } from './lib/worlds.mjs';
import { adapterCost } from './figures/adapterCost.mjs';
import { askClassifier } from './figures/askClassifier.mjs';
import { captureAck } from './figures/captureAck.mjs';
import { contentHeap } from './figures/contentHeap.mjs';
import { contentScriptSize } from './figures/contentScriptSize.mjs';
import { dashboardPaint } from './figures/dashboardPaint.mjs';
import { draftEngine } from './figures/draftEngine.mjs';
import { draftToSidePanel } from './figures/draftToSidePanel.mjs';
import { dueList } from './figures/dueList.mjs';
import { linkedinImport } from './figures/linkedinImport.mjs';
import { pageMainThread } from './figures/pageMainThread.mjs';
import { popupOpen } from './figures/popupOpen.mjs';
import { tabCheck } from './figures/tabCheck.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

/** In table order. Each returns rows; one that throws becomes a row saying so. */
const FIGURES = [
  ['content-script-size', contentScriptSize, '≤ 40 KB minified'],
  ['page-main-thread', pageMainThread, '≤ 3 % added'],
  ['adapter-cost', adapterCost, '—'],
  ['draft-to-side-panel', draftToSidePanel, '≤ 50 ms after the debounce'],
  ['popup', popupOpen, '≤ 100 ms'],
  ['tab-check', tabCheck, '—'],
  ['due-list', dueList, '≤ 100 ms'],
  ['capture', captureAck, '≤ 50 ms median'],
  ['content-heap', contentHeap, 'reported'],
  ['draft-engine', draftEngine, '≤ 1 ms median'],
  ['ask-classifier', askClassifier, '≤ 300 KB of weights, none in the content script'],
  ['dashboard', dashboardPaint, '≤ 500 ms'],
  ['linkedin-import', linkedinImport, 'reported'],
];

function machine() {
  const version = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: version(CHROMIUM, ['--version']),
    node: process.version,
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    // Other people's tests share these cores: the load says how quiet the machine was.
    loadAverage: { atStart: LOAD_AT_START, atEnd: loadavg().map((x) => Number(x.toFixed(2))) },
  };
}

const LOAD_AT_START = loadavg().map((x) => Number(x.toFixed(2)));
const log = (msg) => process.stderr.write(`${msg}\n`);
const ext = await snapshotExtension();
// The floor of any extension page on this machine (a new renderer, an empty document), measured
// beside the popup: added to the bench's private copy of the build only, never to the product.
writeFileSync(path.join(ext.dir, BLANK_PAGE), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>');
const worlds = createWorlds({ ext, quick, log });
const rows = [];
try {
  for (const [id, measure, budget] of FIGURES) {
    if (only && !only.includes(id)) continue;
    const t = performance.now();
    log(`bench: ${id}…`);
    try {
      rows.push(...(await measure({ ext, quick, log, worlds })));
    } catch (e) {
      rows.push(failed(id, id, budget, e));
    }
    log(`bench: ${id} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  await worlds.closeAll();
  ext.dispose();
}

const env = machine();
const header = `Relais benchmarks (${env.mode}) — ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB, ${env.chromium}, Node ${env.node}, ${env.date}; load average ${env.loadAverage.atStart[0]} at start, ${env.loadAverage.atEnd[0]} at end`;
console.log(`\n${header}\n`);
console.log(printTable(rows));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ machine: env, rows }, null, 2)}\n`);
writeFileSync('bench-results/bench.md', `${header}\n\n${markdownTable(rows)}\n`);
console.log('\nwritten: bench-results/bench.json, bench-results/bench.md');

// Numbers never fail the run; a figure whose harness broke does.
const broken = rows.filter((r) => r.notes.some((n) => n.startsWith('harness error')));
if (broken.length) {
  log(`bench: harness broke for ${broken.map((r) => r.id).join(', ')}`);
  process.exitCode = 1;
}
