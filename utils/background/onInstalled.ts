import { browser } from 'wxt/browser';
import { trustedStore } from '../trustedState/trustedStore';

/** In the trusted store: the version Relais was updated from, so the options page can say what is new. */
export const UPDATE_RECORD_KEY = 'whatsnew:update';

export interface UpdateRecord {
  from: string;
  to: string;
  at: number;
  /** Set when the user has dismissed the "what's new" line. */
  seen?: boolean;
}

export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

export interface FirstRunDeps {
  version: string;
  now: number;
  openWelcome: () => Promise<unknown>;
  saveUpdate: (record: UpdateRecord) => Promise<void>;
}

/**
 * A first install opens the welcome page; an update opens nothing (a tab appearing after an
 * automatic update would be an intrusion) and only records where it came from. Browser updates
 * and shared-module updates are not Relais's and are ignored.
 */
export async function handleInstalled(details: InstalledDetails, deps: FirstRunDeps): Promise<'welcome' | 'update' | 'ignored'> {
  if (details.reason === 'install') {
    await deps.openWelcome();
    return 'welcome';
  }
  if (details.reason === 'update' && typeof details.previousVersion === 'string') {
    await deps.saveUpdate({ from: details.previousVersion.slice(0, 40), to: deps.version, at: deps.now });
    return 'update';
  }
  return 'ignored';
}

export async function readUpdateRecord(): Promise<UpdateRecord | undefined> {
  const got = (await trustedStore().get(UPDATE_RECORD_KEY))[UPDATE_RECORD_KEY] as UpdateRecord | undefined;
  return got && typeof got.from === 'string' && typeof got.to === 'string' ? got : undefined;
}

/** Registered synchronously at the worker's start, so the install event that woke it is heard. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    void handleInstalled(details, {
      version: browser.runtime.getManifest().version,
      now: Date.now(),
      openWelcome: () => browser.tabs.create({ url: new URL('/welcome.html', browser.runtime.getURL('/')).href }),
      saveUpdate: (record) => trustedStore().set({ [UPDATE_RECORD_KEY]: record }),
    }).catch(() => undefined);
  });
}
