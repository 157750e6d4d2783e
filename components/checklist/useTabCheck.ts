import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHECK_PORT_PREFIX, tabCheckKey, type StoredCheck } from '../../utils/background/tabChecks';
import { readTabState, tabUrl } from '../../utils/background/tabState';
import { loadSettings } from '../../utils/settings/settingsStore';
import type { ConversationCheck } from '../../utils/engine/check/types';

/** A page not about any tab (opened alone): nothing to check there. */
const NO_TAB: ConversationCheck = { page: { kind: 'unsupported' }, source: 'none', contacts: [] };
/** Without any check from the background by then (a worker that failed), the page checks the tab itself. */
const FALLBACK_MS = 2500;

/**
 * The pre-send check of a tab as the background computed it (utils/background/tabChecks.ts): read
 * from storage.session at once — so the popup paints its checklist without loading the database
 * or the engine — and kept current as the background stores each new check. The open port tells
 * the background that this tab is being watched (it re-checks it on every data change, and right
 * away on connecting, so a check computed before the popup opened is refreshed).
 */
export function useTabCheck(tabId: number | undefined, tabKnown = true, initial?: StoredCheck): { check?: ConversationCheck; loading: boolean } {
  const [stored, setStored] = useState<StoredCheck | undefined>(initial);
  const [shownTab, setShownTab] = useState(tabId);
  if (shownTab !== tabId) {
    // Another tab (the side panel follows the active one): never show the previous tab's check.
    setShownTab(tabId);
    setStored(undefined);
  }
  useEffect(() => {
    if (!tabKnown || tabId === undefined) return;
    let live = true;
    const key = tabCheckKey(tabId);
    let got = false;
    const take = (value: unknown) => {
      if (!live || !isStoredCheck(value)) return;
      got = true;
      setStored((old) => (old && old.at > value.at ? old : value));
    };
    const fallback = setTimeout(() => {
      if (live && !got) void checkHere(tabId).then((check) => check && take({ at: 0, check }));
    }, FALLBACK_MS);
    void browser.storage.session.get(key).then(
      (got) => take(got[key]),
      () => undefined,
    );
    const onStorage = (changes: Record<string, { newValue?: unknown }>) => {
      if (!(key in changes)) return;
      take(changes[key].newValue);
      // A new check means the worker is up again: tell it, without ever waking it just for this.
      if (!port) connect();
    };
    browser.storage.session.onChanged.addListener(onStorage);

    // The port says "this tab is shown": opening it wakes the worker for a fresh check. When the
    // worker stops (idle, or killed), the page does not wake it again: it reconnects when the
    // worker, woken by the tab, stores its next check.
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const connect = () => {
      try {
        const opened = browser.runtime.connect({ name: `${CHECK_PORT_PREFIX}${tabId}` });
        port = opened;
        opened.onDisconnect.addListener(() => {
          if (port === opened) port = undefined;
        });
      } catch {
        port = undefined;
      }
    };
    connect();
    return () => {
      live = false;
      clearTimeout(fallback);
      browser.storage.session.onChanged.removeListener(onStorage);
      try {
        port?.disconnect();
      } catch {
        // already gone with the worker
      }
    };
  }, [tabId, tabKnown]);
  if (!tabKnown) return { loading: true };
  if (tabId === undefined) return { check: NO_TAB, loading: false };
  return { check: stored?.check, loading: !stored };
}

/**
 * The check computed in this page, as before the background did it: only when the background
 * gave none in time. Stamped as the oldest possible, so any check from the background replaces it.
 */
async function checkHere(tabId: number): Promise<ConversationCheck | undefined> {
  try {
    const [{ checkConversation }, { getDb }] = await Promise.all([import('../../utils/engine/check/checkConversation'), import('../../utils/db/database')]);
    const [url, state, settings] = await Promise.all([tabUrl(tabId), readTabState(tabId), loadSettings()]);
    return await checkConversation(getDb(), { url, state }, settings, Date.now());
  } catch {
    return undefined;
  }
}

/** The check the background last stored for a tab, read before the first render (popup start-up). */
export async function readStoredCheck(tabId: number | undefined): Promise<StoredCheck | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const key = tabCheckKey(tabId);
    const value = (await browser.storage.session.get(key))[key];
    return isStoredCheck(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isStoredCheck(value: unknown): value is StoredCheck {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<StoredCheck>;
  return typeof v.at === 'number' && !!v.check && typeof v.check === 'object' && !!v.check.page && Array.isArray(v.check.contacts);
}
