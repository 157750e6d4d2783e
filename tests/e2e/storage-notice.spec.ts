import { expect, test } from './fixtures';

test('the popup says when the browser refused to save a capture, and stops saying it once it is saved', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  // What the background records when a write fails for lack of space (utils/background/lastStorageError.ts).
  await popup.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    await c.storage.local.set({
      'relais:lastStorageError': { kind: 'quota', detail: 'QuotaExceededError', at: Date.now(), captureIds: ['abcdef0123456789'] },
    });
  });
  const alert = popup.locator('[role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await popup.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.storage.local.remove('relais:lastStorageError'));
  await expect(alert).toHaveCount(0);
});
