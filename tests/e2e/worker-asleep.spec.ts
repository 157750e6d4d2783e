import type { BrowserContext, Page } from '@playwright/test';
import { expect, readStore, routeLinkedIn, test } from './fixtures';

const THREAD = '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/';

/**
 * Stops the extension's service worker, as Chrome does to an idle worker, and resolves once the
 * DevTools protocol reports it stopped (Playwright keeps listing a stopped worker).
 */
async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
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

test('a message sent while the service worker is stopped is still captured, once', async ({ context, extPage }) => {
  await routeLinkedIn(context, { [THREAD]: 'thread-en.html' });
  const db = await extPage('popup.html');
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREAD}`);
  await page.waitForTimeout(300);
  await stopServiceWorkers(context, db);

  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Sent while Relais was asleep');
  await page.locator('.msg-form__send-button').click();

  await expect.poll(async () => (await readStore<{ text: string }>(db, 'interactions')).map((r) => r.text), { timeout: 15_000 }).toEqual([
    'Sent while Relais was asleep',
  ]);
  // Nothing left waiting, and no second copy after the retries have had time to run.
  await page.waitForTimeout(1500);
  expect(await readStore(db, 'interactions')).toHaveLength(1);
});
