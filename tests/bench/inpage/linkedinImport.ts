// Runs in extension pages. `dryRun`: LinkedIn's data export of `connections` / `messages` (the
// import's own generator, tests/bench/generateExport.ts) read and matched on the page itself,
// nothing written: the baseline. `throughOptions`: the same archive given to the options page's
// import control as a user would (the page hands it to its import worker), with what the user
// feels measured on the page: long tasks (a frozen page), the longest wait between two moves of
// the progress bar, and, for a cancelled run, how long Cancel takes to answer.
import { RelaisDB } from '../../../utils/db/database';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { generateExportZip } from '../generateExport';

let archive: File | undefined;

function generate(connections: number, messages: number) {
  const t = performance.now();
  const zip = generateExportZip({ connections, messages });
  archive = new File([zip], 'Complete_LinkedInDataExport_bench.zip', { type: 'application/zip' });
  return { generateMs: performance.now() - t, zipBytes: zip.byteLength };
}

function watchLongTasks() {
  const longTasks: { at: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ at: e.startTime, ms: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      observer.disconnect();
      return { longest: Math.max(0, ...longTasks.map((l) => l.ms)), over50: longTasks.filter((l) => l.ms > 50).length, list: longTasks };
    },
  };
}

async function dryRun(now: number) {
  const db = new RelaisDB(`relais-bench-import-dry-${Math.random().toString(36).slice(2)}`);
  const tasks = watchLongTasks();
  const t = performance.now();
  const outcome = await runImport(db, [archive!], { now, dryRun: true, limits: { maxFileBytes: 2 * 1024 ** 3, maxTotalBytes: 4 * 1024 ** 3 } });
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 50));
  const { longest, over50 } = tasks.stop();
  db.close();
  await RelaisDB.delete(db.name);
  if (!outcome.ok) throw new Error(`import refused: ${outcome.error.code}`);
  return { ms, longest, longTasks: over50 };
}

/** Resolves as soon as the page's DOM makes `test` true (checked on every change, not every frame). */
const until = (root: Element, test: () => boolean, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out'));
    }, timeoutMs);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });

/** Gives the archive to the options page's import control; with `cancelAt`, clicks Cancel once the bar passes it. */
async function throughOptions(cancelAt: number | null) {
  const section = document.querySelector('#linkedin-import')!;
  const input = section.querySelector<HTMLInputElement>('input[type="file"]')!;
  const moves: number[] = [];
  let lastValue = -1;
  const progressObserver = new MutationObserver(() => {
    const bar = section.querySelector('progress');
    if (bar && bar.value !== lastValue) {
      lastValue = bar.value;
      moves.push(performance.now());
    }
  });
  progressObserver.observe(section, { subtree: true, childList: true, attributes: true });
  const tasks = watchLongTasks();
  const t = performance.now();
  const files = new DataTransfer();
  files.items.add(archive!);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  let cancel: { answerMs: number; cancelledMs: number } | null = null;
  if (cancelAt !== null) {
    await until(section, () => (section.querySelector('progress')?.value ?? 0) >= cancelAt, 600_000);
    const button = [...section.querySelectorAll('button')].find((b) => /Cancel|Annuler/.test(b.textContent ?? ''))!;
    const c0 = performance.now();
    button.click();
    await until(section, () => !!button.disabled || !button.isConnected, 10_000);
    const answerMs = performance.now() - c0;
    await until(section, () => !!section.querySelector('[role="alert"]'), 60_000);
    cancel = { answerMs, cancelledMs: performance.now() - c0 };
  } else await until(section, () => !!section.querySelector('.import-done, [role="alert"]'), 600_000);
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 50));
  progressObserver.disconnect();
  const { longest, over50, list } = tasks.stop();
  const gaps = moves.map((m, i) => m - (i ? moves[i - 1] : t));
  const longTaskTimes = list.map((l) => ({ at: Math.round(l.at - t), ms: Math.round(l.ms) }));
  const error = section.querySelector('[role="alert"]')?.textContent ?? null;
  const db = new RelaisDB();
  const written = (await db.contacts.count()) + (await db.interactions.count());
  const contacts = await db.contacts.count();
  db.close();
  return { ms, longest, longTasks: over50, longTaskTimes, progressMoves: moves.length, longestWithoutMove: Math.max(0, ...gaps), gaps: gaps.map(Math.round), cancel, error, written, contacts };
}

(globalThis as unknown as { __relaisBenchImport: unknown }).__relaisBenchImport = { generate, dryRun, throughOptions };
