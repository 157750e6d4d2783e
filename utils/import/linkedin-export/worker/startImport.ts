import type { RelaisDB } from '../../../db/database';
import { importFailure } from '../errors';
import type { AskClassifier } from '../plan/planner';
import { runImport, type ImportOutcome, type ImportProgress } from '../runImport';
import ImportWorker from './importWorker?worker';
import { isFromImportWorker, type ToImportWorker } from './protocol';

export interface StartImportOptions {
  now?: number;
  reminderWindowDays?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Another ask classifier than the engine's (tests): the import then runs on the page. */
  classifyAsks?: AskClassifier;
  dryRun?: boolean;
}

/** An import under way. */
export interface ImportRun {
  outcome: Promise<ImportOutcome>;
  /** Stops the import; its outcome becomes `cancelled` unless the write had already committed. */
  cancel(): void;
}

function inPage(db: RelaisDB, files: File[], options: StartImportOptions): ImportRun {
  const controller = new AbortController();
  const outcome = runImport(db, files, { ...options, signal: controller.signal });
  return { outcome, cancel: () => controller.abort() };
}

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite bundles the worker on its own (WXT defines import.meta.url away, so `new URL(…)` cannot say it).
    return new ImportWorker({ name: 'relais-import' });
  } catch {
    return null;
  }
}

/**
 * Starts importing LinkedIn's data export in a dedicated worker, so the page never freezes (a
 * browser without workers, or a test with its own classifier, runs it on the page in short slices).
 * The worker opens the same database; its one write transaction is all or nothing either way.
 */
export function startImport(db: RelaisDB, files: File[], options: StartImportOptions = {}): ImportRun {
  const worker = options.classifyAsks ? null : createWorker();
  if (!worker) return inPage(db, files, options);
  let settle: (outcome: ImportOutcome) => void = () => {};
  const outcome = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  const finish = (result: ImportOutcome) => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event) => {
    if (!isFromImportWorker(event.data)) return;
    if (event.data.type === 'progress') options.onProgress?.(event.data.progress);
    else finish(event.data.outcome);
  };
  // A worker that fails to load or crashes: its transaction never committed, so nothing changed.
  worker.onerror = (event) => {
    event.preventDefault?.();
    finish({ ok: false, error: { ...importFailure('read-failed'), detail: `import worker: ${event.message ?? 'error'}` } });
  };
  const start: ToImportWorker = { type: 'start', files, now: options.now ?? Date.now(), reminderWindowDays: options.reminderWindowDays, dryRun: options.dryRun };
  worker.postMessage(start);
  return {
    outcome,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToImportWorker),
  };
}
