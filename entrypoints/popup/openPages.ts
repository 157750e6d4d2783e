import { browser } from 'wxt/browser';

export async function openDashboard(): Promise<void> {
  // Built from the extension's root URL: the dashboard is its own entrypoint, typed paths may lag.
  await browser.tabs.create({ url: new URL('/dashboard.html', browser.runtime.getURL('/')).href }).catch(() => undefined);
  window.close();
}

/** chrome.windows.WINDOW_ID_CURRENT */
const CURRENT_WINDOW = -2;

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Opens the browser's side panel (Chrome's sidePanel, Firefox's sidebar). Both need the user's
 * click, which is why the popup does it. False when this browser has neither.
 */
export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  const g = globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel }; browser?: { sidebarAction?: FirefoxSidebar } };
  try {
    if (g.chrome?.sidePanel?.open) {
      // Called before any other await: Chrome accepts it only while the click's activation lasts.
      // With a tab id, the window-wide panel opens there and then follows the active tab.
      await g.chrome.sidePanel.open(tabId !== undefined ? { tabId } : { windowId: CURRENT_WINDOW });
      return true;
    }
    if (g.browser?.sidebarAction?.open) {
      await g.browser.sidebarAction.open();
      return true;
    }
  } catch {
    // Chrome refuses without a user gesture or for a closed window: say it could not.
  }
  return false;
}
