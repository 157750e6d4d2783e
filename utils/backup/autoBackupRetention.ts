import { KEEP_BOUNDS, type WrittenFile } from './autoBackupTypes';

export function clampKeep(keep: unknown): number {
  if (typeof keep !== 'number' || !Number.isFinite(keep)) return KEEP_BOUNDS.min;
  return Math.min(KEEP_BOUNDS.max, Math.max(KEEP_BOUNDS.min, Math.trunc(keep)));
}

/**
 * The files to delete so that only the `keep` newest remain. Only files in the list (those Relais
 * wrote) can be chosen; the newest is never chosen, whatever `keep` says. Ties on time keep the
 * one written later (higher download id).
 */
export function filesToDelete(files: readonly WrittenFile[], keep: number): WrittenFile[] {
  const newestFirst = [...files].sort((a, b) => b.at - a.at || b.id - a.id);
  return newestFirst.slice(clampKeep(keep));
}
