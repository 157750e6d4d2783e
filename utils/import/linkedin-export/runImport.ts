import { classifyAsks } from '../../asks';
import type { RelaisDB } from '../../db/database';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { cooperative, type Pause } from './cooperative';
import { ImportError, importFailure, type ImportFailure } from './errors';
import type { ImportLimits } from './limits';
import { planImport, type AskClassifier } from './plan/planImport';
import { readExport } from './read/readExport';
import type { ImportReport } from './report/report';
import { readSnapshot } from './write/snapshot';
import { writePlan } from './write/writePlan';
import { remapStart } from './start/startSummary';

export type ImportPhase = 'reading' | 'matching' | 'writing' | 'done';

export interface ImportProgress {
  /** 0–1 over the whole import. */
  fraction: number;
  phase: ImportPhase;
  /** The file being read, in the reading phase. */
  file?: string;
  /** How much of the phase is done: bytes read, rows matched, records saved. */
  count?: { done: number; total: number; unit: 'bytes' | 'rows' | 'records' };
}

export interface RunImportOptions {
  /** Defaults to the clock at the start of the import. */
  now?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The ask classifier (default: the engine's `classifyAsks`); null imports messages without asks. */
  classifyAsks?: AskClassifier | null;
  /** Settings.importReminderWindowDays. */
  reminderWindowDays?: number;
  limits?: ImportLimits;
  /** Read and match, but write nothing (a preview; the benchmark's baseline). */
  dryRun?: boolean;
  pause?: Pause;
  /** Longest run of work between two turns given to the event loop (12 ms on a page; longer in a worker). */
  sliceMs?: number;
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; error: ImportFailure };

// Shares of the progress bar, as the time goes for a large archive: the single write transaction
// takes most of it (every row and its indexes stored), reading and matching the rest.
const READ_SHARE = 0.2;
const MATCH_SHARE = 0.15;
const WRITE_SHARE = 1 - READ_SHARE - MATCH_SHARE;

/**
 * The import, in the order its folders run: `zip/` (entries of a ZIP, inflated in pieces), `read/`
 * and `csv/` (each file recognised by its header, decoded and cut into rows), `parse/` (one parser
 * per export file, rows → plain records), `plan/` (records matched to people; one step per
 * archive section), `write/` (what the database holds, and the one write transaction), `report/`.
 *
 * Imports LinkedIn's own data export: a ZIP as downloaded (Basic_… or Complete_…) or CSV files
 * chosen one by one. Reads and matches in short tasks (the page stays responsive), stages
 * everything in memory, then writes in one transaction: a failure or a cancel leaves the database
 * exactly as it was. Never throws: bad input gives `{ ok: false, error }` with a bilingual message.
 */
export async function runImport(db: RelaisDB, files: readonly Blob[], options: RunImportOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress } = options;
  const now = options.now ?? Date.now();
  let phase: ImportPhase = 'reading';
  try {
    if (signal?.aborted) throw new ImportError('cancelled');
    onProgress?.({ fraction: 0, phase });
    const archive = await readExport(files, {
      signal,
      limits: options.limits,
      pause: options.pause,
      sliceMs: options.sliceMs,
      onProgress: (f, file, bytes) => onProgress?.({ fraction: f * READ_SHARE, phase: 'reading', file, count: { ...bytes, unit: 'bytes' } }),
    });
    phase = 'matching';
    onProgress?.({ fraction: READ_SHARE, phase });
    const snapshot = await readSnapshot(db);
    const plan = await planImport(archive, snapshot, {
      now,
      reminderWindowDays: options.reminderWindowDays ?? DEFAULT_SETTINGS.importReminderWindowDays,
      classifyAsks: options.classifyAsks === null ? undefined : (options.classifyAsks ?? ((text) => classifyAsks(text))),
      tick: cooperative(signal, options.pause, options.sliceMs),
      countChanges: !!options.dryRun,
      onProgress: (f, rows) => onProgress?.({ fraction: READ_SHARE + f * MATCH_SHARE, phase: 'matching', ...(rows ? { count: { ...rows, unit: 'rows' as const } } : {}) }),
    });
    if (options.dryRun) {
      onProgress?.({ fraction: 1, phase: 'done' });
      return { ok: true, report: { ...plan.report, dryRun: true } };
    }
    phase = 'writing';
    onProgress?.({ fraction: READ_SHARE + MATCH_SHARE, phase });
    const written = await writePlan(db, plan, {
      now,
      signal,
      onProgress: (f, records) => onProgress?.({ fraction: READ_SHARE + MATCH_SHARE + f * WRITE_SHARE, phase: 'writing', count: { ...records, unit: 'records' } }),
    });
    onProgress?.({ fraction: 1, phase: 'done' });
    const report: ImportReport = {
      ...plan.report,
      contacts: { created: written.created, updated: written.updated, connections: written.createdConnections },
      notes: written.notes,
      start: remapStart(plan.report.start, written.remap),
    };
    return { ok: true, report };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.toFailure() };
    if (signal?.aborted) return { ok: false, error: importFailure('cancelled') };
    const error = importFailure(phase === 'writing' ? 'write-failed' : 'read-failed');
    return { ok: false, error: { ...error, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } };
  }
}
