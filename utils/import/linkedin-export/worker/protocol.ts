import type { ImportOutcome, ImportProgress } from '../runImport';

/** What the import page asks of its import worker. */
export type ToImportWorker =
  | { type: 'start'; files: File[]; now: number; reminderWindowDays?: number; dryRun?: boolean }
  /** Stop now: the write transaction is aborted, nothing is kept. */
  | { type: 'cancel' };

/** What the import worker tells its page. */
export type FromImportWorker = { type: 'progress'; progress: ImportProgress } | { type: 'done'; outcome: ImportOutcome };

export function isFromImportWorker(data: unknown): data is FromImportWorker {
  if (!data || typeof data !== 'object') return false;
  const d = data as { type?: unknown; progress?: unknown; outcome?: unknown };
  return (d.type === 'progress' && typeof d.progress === 'object' && d.progress !== null) || (d.type === 'done' && typeof d.outcome === 'object' && d.outcome !== null);
}
