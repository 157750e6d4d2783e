import type { ExportedBackup } from './exportBackup';
import { filesToDelete } from './autoBackupRetention';
import { nextDueAfter, planAutoBackup } from './autoBackupSchedule';
import type { AutoBackupStore } from './autoBackupStore';
import type { AutoBackupFailure, AutoBackupState, WrittenFile } from './autoBackupTypes';
import { AUTO_BACKUP_FOLDER, samePath } from './backupFilePath';

/** How a download ended, as the downloads API tells it. */
export type DownloadOutcome =
  | { state: 'complete'; fileName?: string; bytes?: number }
  | { state: 'interrupted'; error: string }
  | { state: 'in_progress' }
  /** No longer in the browser's list (the user cleared it). */
  | { state: 'gone' };

/** A Relais backup the browser lists now: its path and its id in this browser session. */
export interface FoundBackup {
  id: number;
  path: string;
}

export interface AutoBackupDeps {
  now: () => number;
  store: Pick<AutoBackupStore, 'readConfig' | 'writeConfig' | 'readState' | 'writeState'>;
  hasPermission: () => Promise<boolean>;
  /** The same file as the options page's "Download a backup" (exportBackup), checked to import back. */
  makeFile: (now: number) => Promise<ExportedBackup>;
  /** Starts the download; throws when the browser refuses it. */
  startDownload: (text: string, fileName: string) => Promise<number>;
  /** Resolves when the download ends, or with in_progress after the timeout. */
  waitForEnd: (file: WrittenFile, timeoutMs: number) => Promise<DownloadOutcome>;
  /** How a download Relais started ended; `gone` when its id is now another file (autoBackupDownloads.ts). */
  lookup: (file: WrittenFile) => Promise<DownloadOutcome>;
  /** Relais's backups the browser lists now, found by name and folder, still on the disk. */
  findBackups: () => Promise<FoundBackup[]>;
  /** Deletes a file findBackups just returned, and its line in the browser's downloads; never throws. */
  deleteFile: (found: FoundBackup) => Promise<void>;
  /** Forgets a failed download of Relais's (its line in the downloads list); never throws. */
  forget: (file: WrittenFile) => Promise<void>;
  /** Sets the wake-up alarm, or clears it (undefined). */
  wakeAt: (when: number | undefined) => Promise<void>;
}

const WAIT_MS = 60_000;
/** A download still running after this long is given up on (and a new backup made). */
const STALE_PENDING_MS = 3600_000;
const RECHECK_MS = 5 * 60_000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 300);

function succeeded(state: AutoBackupState, file: WrittenFile, outcome: Extract<DownloadOutcome, { state: 'complete' }>): AutoBackupState {
  const written: WrittenFile = { ...file, fileName: outcome.fileName || file.fileName, ...(outcome.bytes !== undefined ? { bytes: outcome.bytes } : {}) };
  return { ...state, pending: undefined, lastFailure: undefined, lastSuccess: written, files: [...state.files.filter((f) => !samePath(f.fileName, written.fileName)), written] };
}

const failed = (state: AutoBackupState, failure: AutoBackupFailure): AutoBackupState => ({ ...state, pending: undefined, lastFailure: failure });

/**
 * Keeps the newest files. Only a file that is both recorded as written by Relais (its path) and
 * listed by the browser now under Relais's backup name, still on the disk, can be deleted — by the
 * id the browser gives it now, never one kept from an earlier session. A backup the browser no
 * longer lists (Firefox forgets finished downloads when it restarts) stays on the disk.
 */
async function applyRetention(deps: AutoBackupDeps, state: AutoBackupState, keep: number): Promise<AutoBackupState> {
  const found = await deps.findBackups().catch(() => [] as FoundBackup[]);
  const candidates: (WrittenFile & { found: FoundBackup })[] = [];
  for (const f of found) {
    const recorded = state.files.find((w) => samePath(w.fileName, f.path));
    if (recorded) candidates.push({ ...recorded, id: f.id, found: f });
  }
  const doomed = filesToDelete(candidates, keep) as typeof candidates;
  for (const f of doomed) await deps.deleteFile(f.found);
  return { ...state, files: state.files.filter((w) => !doomed.some((d) => samePath(d.fileName, w.fileName))) };
}

/**
 * One wake-up of the weekly backup: settle a download left running by a previous wake-up, then
 * back up if due. A failure leaves the previous files (and the database) as they were and is kept
 * for the options page to show. Never throws for an expected failure.
 */
export async function runAutoBackup(deps: AutoBackupDeps): Promise<AutoBackupState> {
  const now = deps.now();
  const config = await deps.store.readConfig();
  let state = await deps.store.readState();
  const save = async (next: AutoBackupState) => {
    state = next;
    await deps.store.writeState(next);
  };

  if (state.pending) {
    const pending = state.pending;
    const outcome = await deps.lookup(pending);
    if (outcome.state === 'complete') await save({ ...(await applyRetention(deps, succeeded(state, pending, outcome), config.keep)), nextDueAt: nextDueAfter('success', pending.at) });
    else if (outcome.state === 'interrupted') {
      await deps.forget(pending);
      await save(failed(state, { at: pending.at, reason: 'interrupted', detail: outcome.error }));
    } else if (outcome.state === 'gone') await save({ ...state, pending: undefined });
    else if (now - pending.at < STALE_PENDING_MS) {
      await deps.wakeAt(now + RECHECK_MS);
      return state;
    } else {
      await deps.forget(pending);
      await save(failed(state, { at: pending.at, reason: 'interrupted', detail: 'not finished after an hour' }));
    }
  }

  const plan = planAutoBackup(config, state, now);
  if (plan.kind === 'off') {
    await deps.wakeAt(undefined);
    return state;
  }
  if (plan.kind === 'wait') {
    await deps.wakeAt(plan.until);
    return state;
  }

  state = { ...state, lastAttemptAt: now, handledRequestAt: config.requestedAt };
  const fail = async (failure: Omit<AutoBackupFailure, 'at'>) => {
    await save({ ...failed(state, { at: now, ...failure }), nextDueAt: nextDueAfter('failure', now) });
    await deps.wakeAt(state.nextDueAt);
    return state;
  };

  if (!(await deps.hasPermission().catch(() => false))) {
    // Withdrawn in the browser's settings: the setting goes off, and the page says why.
    await deps.store.writeConfig({ ...config, enabled: false });
    await save({ ...failed(state, { at: now, reason: 'no-permission' }), nextDueAt: undefined });
    await deps.wakeAt(undefined);
    return state;
  }

  let file: ExportedBackup;
  try {
    file = await deps.makeFile(now);
  } catch (error) {
    return fail({ reason: 'export-failed', detail: errorText(error) });
  }
  if (file.problem) return fail({ reason: 'invalid', problem: file.problem });

  const asked = `${AUTO_BACKUP_FOLDER}/${file.fileName}`;
  let id: number;
  try {
    id = await deps.startDownload(file.text, asked);
  } catch (error) {
    return fail({ reason: 'download-refused', detail: errorText(error) });
  }
  const written: WrittenFile = { id, fileName: asked, at: now };
  // Recorded before waiting: if the worker is stopped meanwhile, the next wake-up settles it.
  await save({ ...state, pending: written });

  const outcome = await deps.waitForEnd(written, WAIT_MS);
  if (outcome.state === 'complete') {
    await save({ ...(await applyRetention(deps, succeeded(state, written, outcome), config.keep)), nextDueAt: nextDueAfter('success', now) });
    await deps.wakeAt(state.nextDueAt);
    return state;
  }
  if (outcome.state === 'in_progress') {
    await deps.wakeAt(now + RECHECK_MS);
    return state;
  }
  if (outcome.state === 'interrupted') await deps.forget(written);
  return fail({ reason: 'interrupted', detail: outcome.state === 'interrupted' ? outcome.error : 'removed from the downloads list' });
}
