import type { BackupProblem } from './problem';

/** What the user chose in the options page (storage.local: the downloads permission is per browser, not synced). */
export interface AutoBackupConfig {
  enabled: boolean;
  /** How many of the files Relais wrote are kept; older ones are deleted. */
  keep: number;
  /** Set when the user turns backups on or asks for one now: a backup is due at once. */
  requestedAt?: number;
}

export const KEEP_BOUNDS = { min: 1, max: 52 } as const;
export const DEFAULT_AUTO_BACKUP_CONFIG: AutoBackupConfig = { enabled: false, keep: 4 };

/** A file Relais itself wrote through the downloads API: only these are ever deleted. */
export interface WrittenFile {
  /** downloads API id. */
  id: number;
  /** As the browser reports it (full path when known), for the user to find it. */
  fileName: string;
  at: number;
  bytes?: number;
}

export type AutoBackupFailureReason =
  /** The downloads permission was withdrawn: backups turn off. */
  | 'no-permission'
  /** The browser refused to start the download (bad folder, API error). */
  | 'download-refused'
  /** The download started and stopped (disk full, folder not writable…). */
  | 'interrupted'
  /** The database could not be read. */
  | 'export-failed'
  /** The file made would not import back: it is not written over a good one. */
  | 'invalid';

export interface AutoBackupFailure {
  at: number;
  reason: AutoBackupFailureReason;
  /** The browser's own error code or message, shown as is. */
  detail?: string;
  problem?: BackupProblem;
}

/** What the background keeps between wake-ups (storage.local): the schedule is data, the alarm only wakes. */
export interface AutoBackupState {
  /** Oldest first. */
  files: WrittenFile[];
  nextDueAt?: number;
  lastAttemptAt?: number;
  /** The config.requestedAt already answered, so one request makes one backup whatever the clock does. */
  handledRequestAt?: number;
  lastSuccess?: WrittenFile;
  lastFailure?: AutoBackupFailure;
  /** A download started whose end has not been seen yet (the worker may have slept meanwhile). */
  pending?: WrittenFile;
}

export const EMPTY_AUTO_BACKUP_STATE: AutoBackupState = { files: [] };
