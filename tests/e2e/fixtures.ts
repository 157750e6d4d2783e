import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures/linkedin');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

/** Flags for Chromium on a machine with no network: without them it spends its time on refused connections. */
export const OFFLINE_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium with the built extension (and any other unpacked extensions beside it). */
export async function launchWithExtension(userDataDir = '', extensionDirs: string[] = [EXTENSION_DIR]): Promise<BrowserContext> {
  const all = extensionDirs.join(',');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${all}`, `--load-extension=${all}`, ...OFFLINE_FLAGS],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return sw;
}

/**
 * Serves https://www.linkedin.com/ from fixtures: `pages` maps a path (with its query, if any) to a
 * fixture file; /__fixtures/*.js serves the script that emulates LinkedIn's send in fixture pages.
 */
export async function routeLinkedIn(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixtures/')) {
      const file = path.join(FIXTURES_DIR, path.basename(url.pathname));
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
    }
    const fixture = pages[url.pathname + url.search] ?? pages[url.pathname];
    if (!fixture) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixtureHtml(fixture) });
  });
}

/** Every row of one object store of the extension's database, read from an extension page. */
export async function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        // Never create the database from a test: if it does not exist yet, it is empty.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** The toolbar badge text of the first tab matching `urlPattern` (or the global one), read from an extension page. */
export async function badgeText(extensionPage: Page, urlPattern?: string): Promise<string> {
  return extensionPage.evaluate(async (pattern) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    if (!pattern) return c.action.getBadgeText({});
    const [tab] = await c.tabs.query({ url: pattern });
    return tab ? c.action.getBadgeText({ tabId: tab.id }) : '(no tab)';
  }, urlPattern);
}

/** The id of the first tab whose URL matches, asked from an extension page (which may read it). */
export async function tabIdOf(ext: Page, pattern: string): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ext.evaluate(async (p) => (await (globalThis as any).chrome.tabs.query({ url: p }))[0]?.id ?? -1, pattern);
}

/** Settings as the options page would save them, merged into what is stored. */
export async function setSettings(ext: Page, patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (p) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sync = (globalThis as any).chrome.storage.sync;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

/** The extension's IndexedDB, read or written with the raw API from one of its pages. */
export type Dump = Record<string, unknown[]>;
export const STORES = ['contacts', 'interactions', 'introductions', 'nextSteps', 'recommendationsMade', 'dueStates'];
export async function idb(page: Page, op: 'dump' | 'seed' | 'clear', seed?: Dump): Promise<Dump | null> {
  return page.evaluate(
    ({ op, seed, stores }) =>
      new Promise<Dump | null>((resolve, reject) => {
        const req = indexedDB.open('relais');
        req.onupgradeneeded = () => req.transaction!.abort();
        req.onerror = () => resolve(null);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(stores, op === 'dump' ? 'readonly' : 'readwrite');
          const out: Dump = {};
          for (const name of stores) {
            const store = tx.objectStore(name);
            if (op === 'seed') for (const row of seed![name]) store.add(row);
            else if (op === 'clear') store.clear();
            else store.getAll().onsuccess = (e) => (out[name] = (e.target as IDBRequest).result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { op, seed, stores: STORES },
  );
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; extPage: (file: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const sw = await serviceWorkerOf(context);
    await use(sw.url().split('/')[2]);
  },
  extPage: async ({ context, extensionId }, use) => {
    await use(async (file: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';

/**
 * The trusted store (utils/trustedState/trustedStore.ts) read or written from an extension page or
 * the worker, by raw IndexedDB: `value` undefined reads the key, else writes it.
 */
export async function trustedItem(where: { evaluate: Page['evaluate'] }, key: string, value?: unknown): Promise<unknown> {
  return where.evaluate(
    ([k, v, write]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('relais-trusted');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(undefined) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('items')) return (db.close(), resolve(undefined));
          const tx = db.transaction('items', write ? 'readwrite' : 'readonly');
          const req = write ? tx.objectStore('items').put({ key: k, value: v }) : tx.objectStore('items').get(k);
          tx.oncomplete = () => {
            db.close();
            resolve(write ? undefined : (req.result as { value?: unknown } | undefined)?.value);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value, value !== undefined] as const,
  );
}
