import { browser } from 'wxt/browser';
import { parseTabId } from '../../utils/background/tabState';

export { tabUrl } from '../../utils/background/tabState';

/**
 * The tab an extension page is about. `?tab=<id>` names it (tests, and the popup opening the side
 * panel for its tab); otherwise the active tab of this window. A popup or panel opened as a tab of
 * its own would find itself there, hence the parameter.
 */
export function tabFromQuery(search: string): number | undefined {
  return parseTabId(new URLSearchParams(search).get('tab'));
}

export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onChange` with the active tab of the panel's window each time the user switches tabs or
 * windows. Returns the function that stops listening.
 */
export function followActiveTab(onChange: (tabId: number) => void): () => void {
  let windowId: number | undefined;
  void browser.windows
    ?.getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => undefined);
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onChange(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
