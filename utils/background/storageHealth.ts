import type { RelaisDB } from '../db/database';
import { watchDatabaseHealth } from '../db/databaseHealth';
import { lastStorageErrorStore } from './lastStorageError';
import type { ContentHandlerDeps } from './contentHandlers';

/**
 * What the background adds to its ContentHandlerDeps so that storage problems reach the user:
 * failed capture writes and a blocked upgrade are recorded under relais:lastStorageError (see
 * lastStorageError.ts), and a write stuck behind a blocked upgrade is answered with a clear error.
 * Call once at start-up, before the database is first used (the `blocked` event fires on open).
 */
export function storageHealthDeps(db: RelaisDB, now: () => number): Pick<ContentHandlerDeps, 'storageProblems' | 'isBlocked'> {
  const storageProblems = lastStorageErrorStore();
  const health = watchDatabaseHealth(
    db,
    () => void storageProblems.report({ kind: 'blocked', at: now(), detail: 'database upgrade blocked by another open Relais page' }).catch(() => {}),
    () => void storageProblems.cleared('blocked').catch(() => {}),
  );
  return { storageProblems, isBlocked: health.isBlocked };
}
