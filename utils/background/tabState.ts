import { browser } from 'wxt/browser';
import type { ConversationSeenPayload, DraftPayload, PageStatusPayload } from '../messaging/payloads';

/**
 * What the content script of each tab last reported (page status, draft being written). Kept in
 * storage.session: the service worker may sleep between a keystroke and the popup opening, and
 * this must not live only in its memory. Cleared with the browser session.
 */
export interface TabState {
  status?: PageStatusPayload & { at: number };
  draft?: DraftPayload & { at: number };
  /** The last conversation read in this tab (a thread page or the bubble last written in). */
  conversation?: Pick<ConversationSeenPayload, 'surface' | 'threadUrl' | 'participants'> & { at: number };
}

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState> {
  const key = tabStateKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabState | undefined) ?? {};
}

export async function patchTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = { ...(await readTabState(tabId)), ...patch };
  await browser.storage.session.set({ [tabStateKey(tabId)]: next });
  return next;
}

/** The tab's URL when Relais may read it (LinkedIn tabs, through the host permission); else undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url || undefined;
  } catch {
    return undefined;
  }
}

/** A tab id written as text (`?tab=`, a port name): digits only, a safe integer; else undefined. */
export function parseTabId(raw: string | null | undefined): number | undefined {
  if (!raw || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}
