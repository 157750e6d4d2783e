import type { AutoBackupConfig, AutoBackupState } from './autoBackupTypes';

export const WEEK_MS = 7 * 24 * 3600 * 1000;
/** After a failure, try again later the same day rather than in a week. */
export const RETRY_MS = 6 * 3600 * 1000;

export type AutoBackupPlan = { kind: 'off' } | { kind: 'run' } | { kind: 'wait'; until: number };

/**
 * What to do at a wake-up. Pure: the background calls it at start-up, on its alarm and when the
 * options change. A request from the user (turning backups on, "back up now") runs once; else a
 * backup runs when its due time has passed, which also covers a computer that slept through it.
 */
export function planAutoBackup(config: AutoBackupConfig, state: AutoBackupState, now: number): AutoBackupPlan {
  if (!config.enabled) return { kind: 'off' };
  if (config.requestedAt !== undefined && config.requestedAt !== state.handledRequestAt) return { kind: 'run' };
  const due = state.nextDueAt;
  if (due === undefined || !Number.isFinite(due) || due <= now) return { kind: 'run' };
  // A clock set back (or a damaged value) must not put the next backup off for more than a week.
  return { kind: 'wait', until: Math.min(due, now + WEEK_MS) };
}

export function nextDueAfter(outcome: 'success' | 'failure', now: number): number {
  return now + (outcome === 'success' ? WEEK_MS : RETRY_MS);
}
