import { browser } from 'wxt/browser';

/**
 * The tab an extension page is about. `?tab=<id>` names it (tests, and the popup opening the side
 * panel for its tab); otherwise the active tab of this window. A popup or panel opened as a tab of
 * its own would find itself there, hence the parameter.
 */
export function tabFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (!raw || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

/** The tab's URL when Relais may read it (LinkedIn tabs, through the host permission); else undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url || undefined;
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
