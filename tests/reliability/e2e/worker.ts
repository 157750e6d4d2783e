import type { BrowserContext, Page } from '@playwright/test';

/**
 * Fault injection on the extension's service worker through the DevTools protocol, and the
 * storage the tests look at, read from an extension page (never through the worker, which would
 * wake it).
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Kills the service worker the way a crash would: its DevTools target is closed, mid-task or not. */
export async function killServiceWorker(context: BrowserContext, page: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
    for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId });
    return workers.length > 0;
  } finally {
    await cdp.detach();
  }
}

/** Whether the worker is running now (a stopped worker has no target). */
export async function serviceWorkerRunning(context: BrowserContext, page: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the worker as Chrome does an idle one, and waits until the protocol reports it stopped
 * (same as tests/e2e/worker-asleep.spec.ts).
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/**
 * Holds a read-write transaction on the capture tables from an extension page, so that the
 * worker's write of a capture waits: the worker can then be killed while it is certainly in the
 * middle of handling the capture. Returns the function that lets go.
 */
export async function holdDatabase(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __release?: boolean; __held?: boolean };
        w.__release = false;
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['contacts', 'interactions'], 'readwrite');
          const store = tx.objectStore('contacts');
          // A transaction stays open while it has requests: keep asking until released.
          const spin = () => {
            if (w.__release) return;
            store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          w.__held = true;
          resolve();
        };
      }),
  );
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { __release?: boolean }).__release = true;
    });
  };
}

/** The keys of captures waiting in storage.local (written by the content script before it sends). */
export async function pendingCaptureKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
    return Object.keys(all).filter((k) => k.startsWith('pending:'));
  });
}

export async function alarmNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const alarms = await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome.alarms.getAll();
    return alarms.map((a) => a.name).sort();
  });
}
