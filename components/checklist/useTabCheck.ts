import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readTabState, tabStateKey, type TabState } from '../../utils/background/tabState';
import type { RelaisDB } from '../../utils/db/database';
import { checkConversation, type CheckOptions, type ConversationCheck } from '../../utils/engine/checkConversation';
import type { Settings } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import { tabUrl } from './tabTarget';

export interface TabView {
  url?: string;
  state?: TabState;
  /** False until the tab's URL and state have been read once. */
  ready: boolean;
}

/**
 * What the content script reported for a tab, kept current: the draft streamed while typing and
 * the page status arrive through storage.session, navigations through tabs.onUpdated.
 */
export function useTabView(tabId: number | undefined): TabView {
  const [view, setView] = useState<TabView>({ ready: false });
  useEffect(() => {
    if (tabId === undefined) {
      setView({ ready: true });
      return;
    }
    let live = true;
    const key = tabStateKey(tabId);
    const refresh = async () => {
      const [url, state] = await Promise.all([tabUrl(tabId), readTabState(tabId).catch(() => ({}) as TabState)]);
      if (live) setView({ url, state, ready: true });
    };
    void refresh();
    const onStorage = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) setView((v) => ({ ...v, state: (changes[key].newValue as TabState | undefined) ?? {}, ready: true }));
    };
    const onUpdated = (id: number, info: { url?: string; status?: string }) => {
      if (id === tabId && (info.url !== undefined || info.status === 'complete')) void refresh();
    };
    browser.storage.session.onChanged.addListener(onStorage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onStorage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return view;
}

/** The pre-send check of the tab, recomputed when the tab reports something or the data it read changes. */
export function useTabCheck(db: RelaisDB, tabId: number | undefined, settings: Settings, settingsReady: boolean, options?: CheckOptions) {
  const view = useTabView(tabId);
  const result = useLiveQuery<ConversationCheck | undefined>(
    () => (view.ready && settingsReady ? checkConversation(db, { url: view.url, state: view.state }, settings, Date.now(), options) : undefined),
    [db, view, settings, settingsReady, options?.outreach],
    undefined,
  );
  return { view, check: result.value, loading: result.loading || !view.ready || !settingsReady, error: result.error };
}
