import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from '../../e2e/fixtures';

export const FOREIGN_EXTENSION_DIR = path.resolve('tests/reliability/foreign-extension');

/** Chromium with Relais and other unpacked extensions beside it (same flags as tests/e2e/fixtures.ts). */
export async function launchWithExtensions(others: string[], userDataDir = ''): Promise<BrowserContext> {
  const all = [EXTENSION_DIR, ...others].join(',');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${all}`,
      `--load-extension=${all}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The service workers of the loaded extensions, by manifest name, once `count` of them run. */
export async function workersByName(context: BrowserContext, count: number): Promise<Record<string, Worker>> {
  const deadline = Date.now() + 20_000;
  while (context.serviceWorkers().length < count && Date.now() < deadline) await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {});
  const out: Record<string, Worker> = {};
  for (const sw of context.serviceWorkers()) {
    const name = await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name);
    out[name] = sw;
  }
  return out;
}

export const extensionIdOf = (sw: Worker) => sw.url().split('/')[2];
