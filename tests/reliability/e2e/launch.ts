import type { BrowserContext, Worker } from '@playwright/test';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../../e2e/fixtures';

export const FOREIGN_EXTENSION_DIR = path.resolve('tests/reliability/foreign-extension');

/** Chromium with Relais and other unpacked extensions beside it. */
export async function launchWithExtensions(others: string[], userDataDir = ''): Promise<BrowserContext> {
  return launchWithExtension(userDataDir, [EXTENSION_DIR, ...others]);
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
