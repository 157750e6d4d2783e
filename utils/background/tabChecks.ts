import type { ConversationCheck } from '../engine/check/types';
import { parseTabId, type TabState } from './tabState';

/**
 * The pre-send check of each LinkedIn tab, computed in one place — the background — and kept in
 * storage.session under `check:<tabId>`, where the popup and the side panel read it and hear it
 * change. Before, the panel and the background each ran the whole check on every draft (two
 * 60 ms reads of a busy contact's history racing on two cores), and the popup needed the
 * database, the engine and the classifier loaded before it could paint a single line.
 *
 * A tab is re-checked when its content script reports (draft, page, conversation), when the tab
 * navigates while a page watches it, when a page starts watching it, and when the data or the
 * settings change — then only the watched tabs are re-checked at once; the others' stored checks
 * are dropped, so nothing stale is ever painted (the next viewer waits for a fresh one instead).
 * Checks of one tab never overlap: a request during a run queues exactly one more run, which reads
 * the newest state.
 */
export const tabCheckKey = (tabId: number) => `check:${tabId}`;
export const CHECK_PREFIX = 'check:';

/** What the popup and the side panel read. */
export interface StoredCheck {
  /** When it was computed (the clock of its due dates). */
  at: number;
  check: ConversationCheck;
}

export interface TabCheckDeps {
  /** The check of this tab now, from its stored state (reads through the worker's cache). */
  compute: (tabId: number) => Promise<{ check: ConversationCheck; state: TabState } | undefined>;
  /** Writes (or with undefined, removes) the stored check. */
  store: (tabId: number, value: StoredCheck | undefined) => Promise<void>;
  /** The tab ids that have a stored check. */
  storedTabs: () => Promise<number[]>;
  /** Called after each check with it (the toolbar badge follows the draft's severity). */
  onChecked?: (tabId: number, check: ConversationCheck, state: TabState) => Promise<void>;
  now: () => number;
}

export interface TabChecks {
  /** Re-checks the tab; resolves once a check that started after this call has been stored. */
  refresh(tabId: number): Promise<void>;
  /** A page shows this tab's check: checked now, and again on every data change until unwatched. */
  watch(tabId: number): () => void;
  isWatched(tabId: number): boolean;
  /** The database or the settings changed: watched tabs re-checked, other stored checks dropped. */
  dataChanged(): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createTabChecks(deps: TabCheckDeps): TabChecks {
  const running = new Map<number, Promise<void>>();
  const queued = new Map<number, Promise<void>>();
  const viewers = new Map<number, number>();

  const once = async (tabId: number) => {
    const result = await deps.compute(tabId);
    if (!result) return;
    await deps.store(tabId, { at: deps.now(), check: result.check });
    await deps.onChecked?.(tabId, result.check, result.state);
  };

  const start = (tabId: number): Promise<void> => {
    const run: Promise<void> = once(tabId)
      .catch(() => undefined)
      .finally(() => {
        if (running.get(tabId) === run) running.delete(tabId);
      });
    running.set(tabId, run);
    return run;
  };

  const refresh = (tabId: number): Promise<void> => {
    const waiting = queued.get(tabId);
    if (waiting) return waiting;
    const current = running.get(tabId);
    if (!current) return start(tabId);
    const next = current.then(() => {
      queued.delete(tabId);
      return start(tabId);
    });
    queued.set(tabId, next);
    return next;
  };

  return {
    refresh,
    watch(tabId) {
      viewers.set(tabId, (viewers.get(tabId) ?? 0) + 1);
      void refresh(tabId);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (viewers.get(tabId) ?? 1) - 1;
        if (left > 0) viewers.set(tabId, left);
        else viewers.delete(tabId);
      };
    },
    isWatched: (tabId) => viewers.has(tabId),
    async dataChanged() {
      const stored = await deps.storedTabs().catch(() => [] as number[]);
      await Promise.all([
        ...stored.filter((id) => !viewers.has(id)).map((id) => deps.store(id, undefined).catch(() => undefined)),
        ...[...viewers.keys()].map((id) => refresh(id)),
      ]);
    },
    async forget(tabId) {
      viewers.delete(tabId);
      await deps.store(tabId, undefined).catch(() => undefined);
    },
  };
}

/** Ports from the popup and the side panel are named after the tab they show: `relais-check:<tabId>`. */
export const CHECK_PORT_PREFIX = 'relais-check:';

export function tabOfPortName(name: unknown): number | undefined {
  if (typeof name !== 'string' || !name.startsWith(CHECK_PORT_PREFIX)) return undefined;
  return parseTabId(name.slice(CHECK_PORT_PREFIX.length));
}
