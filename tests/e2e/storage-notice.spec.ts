import { expect, test } from './fixtures';

test('the popup says when the browser refused to save a capture, and stops saying it once it is saved; a page cannot fake it', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  const problem = { kind: 'quota', detail: 'QuotaExceededError', at: Date.now(), captureIds: ['abcdef0123456789'] };
  const alert = popup.locator('[role="alert"]');
  // storage.local is where LinkedIn's content script can write: a record there is not shown.
  await popup.evaluate(async (p) => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ 'relais:lastStorageError': p }), problem);
  await popup.reload();
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await popup.waitForTimeout(300);
  await expect(alert).toHaveCount(0);
  // What the background records when a write fails for lack of space (utils/background/lastStorageError.ts).
  await popup.evaluate(async (p) => (globalThis as unknown as { chrome: any }).chrome.storage.session.set({ 'relais:lastStorageError': p }), problem);
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await popup.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.storage.session.remove('relais:lastStorageError'));
  await expect(alert).toHaveCount(0);
});
