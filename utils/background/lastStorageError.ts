import { browser } from 'wxt/browser';
import type { StorageProblem, StorageProblemKind } from '../db/storageProblem';

/**
 * storage.session key of the last storage problem the background met while saving captures
 * (quota, blocked upgrade, failed upgrade). The popup reads it (and listens to
 * storage.onChanged) and shows `describeStorageProblem(lang, problem)` as a warning until it goes
 * away: the record is removed once every capture it names has been written. In storage.session,
 * which content scripts cannot reach (storage.local they can write: a LinkedIn page could fake the
 * notice), and which works when the disk is full; lost on restart, when the drain says it again.
 */
export const LAST_STORAGE_ERROR_KEY = 'relais:lastStorageError';

/** At most this many capture ids are remembered (the count shown is what matters). */
const MAX_IDS = 200;
const KINDS: StorageProblemKind[] = ['quota', 'blocked', 'upgrade-failed', 'closed', 'unknown'];

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The stored record, or undefined when there is none or it is not one of ours. */
export function parseStorageProblem(value: unknown): StorageProblem | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!KINDS.includes(v.kind as StorageProblemKind) || typeof v.at !== 'number' || typeof v.detail !== 'string') return undefined;
  const ids = Array.isArray(v.captureIds) ? v.captureIds.filter((x): x is string => typeof x === 'string') : undefined;
  return { kind: v.kind as StorageProblemKind, at: v.at, detail: v.detail.slice(0, 300), ...(ids ? { captureIds: ids.slice(0, MAX_IDS) } : {}) };
}

export async function readLastStorageError(area: KeyValueArea = browser.storage.session): Promise<StorageProblem | undefined> {
  const got = await area.get(LAST_STORAGE_ERROR_KEY);
  return parseStorageProblem(got[LAST_STORAGE_ERROR_KEY]);
}

/**
 * What writeCapture needs (ContentHandlerDeps.storageProblems). Updates are chained so that
 * concurrent captures never overwrite each other's ids.
 */
export function lastStorageErrorStore(area: KeyValueArea = browser.storage.session) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (fn: () => Promise<void>) => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };
  return {
    report: (problem: StorageProblem) =>
      serial(async () => {
        const previous = await readLastStorageError(area);
        const ids = [...new Set([...(previous?.captureIds ?? []), ...(problem.captureIds ?? [])])].slice(-MAX_IDS);
        await area.set({ [LAST_STORAGE_ERROR_KEY]: { ...problem, captureIds: ids } });
      }),
    resolved: (captureId: string) =>
      serial(async () => {
        const previous = await readLastStorageError(area);
        if (!previous) return;
        const ids = (previous.captureIds ?? []).filter((id) => id !== captureId);
        if (ids.length) await area.set({ [LAST_STORAGE_ERROR_KEY]: { ...previous, captureIds: ids } });
        else await area.remove(LAST_STORAGE_ERROR_KEY);
      }),
    /** Forgets a problem of this kind that is over (the upgrade that was blocked went through). */
    cleared: (kind: StorageProblemKind) =>
      serial(async () => {
        if ((await readLastStorageError(area))?.kind === kind) await area.remove(LAST_STORAGE_ERROR_KEY);
      }),
  };
}
