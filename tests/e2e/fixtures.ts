import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures/linkedin');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

export async function launchWithExtension(userDataDir = ''): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return sw;
}

/** Serves https://www.linkedin.com/<path> from fixtures: a map from path prefix to fixture file. */
export async function routeLinkedIn(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    const match = Object.keys(pages)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => url.pathname.startsWith(prefix));
    if (!match) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixtureHtml(pages[match]) });
  });
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
