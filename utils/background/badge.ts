import { browser } from 'wxt/browser';

export type TabBadge = { kind: 'unrecognised' } | { kind: 'warning' } | { kind: 'none' };

const COLOURS = { unrecognised: '#6b7280', warning: '#d97706', due: '#1d4ed8' } as const;

/**
 * The toolbar badge of one tab: "?" when Relais cannot read the page (it captures nothing there),
 * "!" while the draft being written has a high-severity finding. Otherwise the global due count
 * shows (setDueCount).
 */
export async function setTabBadge(tabId: number, badge: TabBadge): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (badge.kind === 'none') {
    // Falls back to the global text and colour.
    await action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => action.setBadgeText({ tabId, text: '' }));
    return;
  }
  await action.setBadgeText({ tabId, text: badge.kind === 'unrecognised' ? '?' : '!' });
  await action.setBadgeBackgroundColor({ tabId, color: COLOURS[badge.kind] });
}

export async function setDueCount(count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([action.setBadgeText({ text: count > 0 ? (count > 99 ? '99+' : String(count)) : '' }), action.setBadgeBackgroundColor({ color: COLOURS.due })]);
}
