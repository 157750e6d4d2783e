import { trustedStore, type KeyValueArea } from '../trustedState/trustedStore';
import { clampKeep } from './autoBackupRetention';
import {
  DEFAULT_AUTO_BACKUP_CONFIG,
  EMPTY_AUTO_BACKUP_STATE,
  type AutoBackupConfig,
  type AutoBackupFailure,
  type AutoBackupFailureReason,
  type AutoBackupState,
  type WrittenFile,
} from './autoBackupTypes';

/** Written by the options page (and the welcome page's offer), in the trusted store. */
export const AUTO_BACKUP_CONFIG_KEY = 'autobackup:config';
/** Written by the background only, in the trusted store. */
export const AUTO_BACKUP_STATE_KEY = 'autobackup:state';

const REASONS: AutoBackupFailureReason[] = ['no-permission', 'download-refused', 'interrupted', 'export-failed', 'invalid'];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const time = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined);
const text = (x: unknown, max = 500): string | undefined => (typeof x === 'string' ? x.slice(0, max) : undefined);

/** Field by field: a damaged value falls back alone, the rest is kept. */
export function parseConfig(raw: unknown): AutoBackupConfig {
  if (!isObject(raw)) return { ...DEFAULT_AUTO_BACKUP_CONFIG };
  const requestedAt = time(raw.requestedAt);
  return {
    enabled: raw.enabled === true,
    keep: raw.keep === undefined ? DEFAULT_AUTO_BACKUP_CONFIG.keep : clampKeep(raw.keep),
    ...(requestedAt !== undefined ? { requestedAt } : {}),
  };
}

function parseFile(raw: unknown): WrittenFile | undefined {
  if (!isObject(raw)) return undefined;
  const at = time(raw.at);
  const fileName = text(raw.fileName);
  if (typeof raw.id !== 'number' || !Number.isSafeInteger(raw.id) || at === undefined || fileName === undefined) return undefined;
  const bytes = time(raw.bytes);
  return { id: raw.id, fileName, at, ...(bytes !== undefined ? { bytes } : {}) };
}

function parseFailure(raw: unknown): AutoBackupFailure | undefined {
  if (!isObject(raw) || !REASONS.includes(raw.reason as AutoBackupFailureReason)) return undefined;
  const at = time(raw.at);
  if (at === undefined) return undefined;
  const detail = text(raw.detail, 300);
  return {
    at,
    reason: raw.reason as AutoBackupFailureReason,
    ...(detail !== undefined ? { detail } : {}),
    // Made by this code (exportBackup's check); shown through describeProblem, which copes with any code.
    ...(isObject(raw.problem) && typeof raw.problem.code === 'string' ? { problem: raw.problem as unknown as AutoBackupFailure['problem'] } : {}),
  };
}

export function parseState(raw: unknown): AutoBackupState {
  if (!isObject(raw)) return { ...EMPTY_AUTO_BACKUP_STATE, files: [] };
  const files = Array.isArray(raw.files) ? raw.files.map(parseFile).filter((f): f is WrittenFile => !!f).slice(-200) : [];
  const state: AutoBackupState = { files };
  const nextDueAt = time(raw.nextDueAt);
  const lastAttemptAt = time(raw.lastAttemptAt);
  const handledRequestAt = time(raw.handledRequestAt);
  const lastSuccess = parseFile(raw.lastSuccess);
  const lastFailure = parseFailure(raw.lastFailure);
  const pending = parseFile(raw.pending);
  if (nextDueAt !== undefined) state.nextDueAt = nextDueAt;
  if (lastAttemptAt !== undefined) state.lastAttemptAt = lastAttemptAt;
  if (handledRequestAt !== undefined) state.handledRequestAt = handledRequestAt;
  if (lastSuccess) state.lastSuccess = lastSuccess;
  if (lastFailure) state.lastFailure = lastFailure;
  if (pending) state.pending = pending;
  return state;
}

/**
 * In the trusted store (utils/trustedState): the LinkedIn content script, which can write
 * storage.local, can neither turn backups on nor plant the names of files to delete.
 */
export function autoBackupStore(area: Pick<KeyValueArea, 'get' | 'set'> = trustedStore()) {
  return {
    readConfig: async () => parseConfig((await area.get(AUTO_BACKUP_CONFIG_KEY))[AUTO_BACKUP_CONFIG_KEY]),
    writeConfig: (config: AutoBackupConfig) => area.set({ [AUTO_BACKUP_CONFIG_KEY]: config }),
    readState: async () => parseState((await area.get(AUTO_BACKUP_STATE_KEY))[AUTO_BACKUP_STATE_KEY]),
    writeState: (state: AutoBackupState) => area.set({ [AUTO_BACKUP_STATE_KEY]: state }),
  };
}

export type AutoBackupStore = ReturnType<typeof autoBackupStore>;
