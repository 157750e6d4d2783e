/**
 * The keyboard shortcut for the side panel. Chrome has no built-in command for it, so the manifest
 * declares this one and the background opens the panel; a command counts as the user gesture
 * chrome.sidePanel.open requires, as long as it is called before any await. Firefox has its own
 * built-in `_execute_sidebar_action`, which needs no listener.
 */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

interface ChromeCommands {
  commands?: { onCommand: { addListener(cb: (command: string, tab?: { id?: number; windowId?: number }) => void): void } };
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
}

export function registerSidePanelCommand(): void {
  const chrome = (globalThis as unknown as { chrome?: ChromeCommands }).chrome;
  if (!chrome?.commands || !chrome.sidePanel) return;
  const sidePanel = chrome.sidePanel;
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SIDE_PANEL_COMMAND || tab?.windowId === undefined) return;
    // A closed window or an unsupported tab: nothing to open, nothing to report.
    sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
}
