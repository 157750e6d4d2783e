import type { Page } from '@playwright/test';
import { badgeText, expect, setSettings, test } from './fixtures';

// A large due list end to end: the popup shows its first twelve items and how many more there are,
// with a link to the dashboard, which shows the whole list a page at a time; the badge counts it.

const DAY = 86_400_000;
const NOW = Date.now();
const COUNT = 70;

/** People last written to between 100 and 169 days ago (a regular cadence is 90 days): all due, Person 69 the most overdue. */
const PEOPLE = Array.from({ length: COUNT }, (_, k) => ({
  id: `linkedin:in/due-person-${k}`,
  site: 'linkedin',
  name: `Person ${k}`,
  aliases: [],
  createdAt: NOW - 1000 * DAY,
  updatedAt: NOW - 1000 * DAY,
  lastInteractionAt: NOW - (100 + k) * DAY,
}));

/** Writes contacts with the raw IndexedDB API from an extension page, once Relais has created its database. */
async function seedContacts(page: Page, rows: object[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('relais');
        req.onupgradeneeded = () => req.transaction!.abort();
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('contacts', 'readwrite');
          for (const row of rows) tx.objectStore('contacts').add(row);
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

const dueKeys = (page: Page) => page.locator('li[data-due-key]').evaluateAll((els) => els.map((el) => el.getAttribute('data-due-key')!));

test('the popup shows 12 due items and how many more, the dashboard pages all of them, the badge counts them', async ({ context, extensionId, extPage }) => {
  const ext = await extPage('popup.html');
  await expect(ext.getByText('Nothing due. Everyone has heard from you.')).toBeVisible({ timeout: 15_000 });
  await seedContacts(ext, PEOPLE);
  // A settings change makes the background count again (and no day is quiet, so the date does not matter).
  await setSettings(ext, { language: 'en', quietDays: [] });
  await expect.poll(() => badgeText(ext), { timeout: 15_000 }).toBe(String(COUNT));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('li[data-due-key]')).toHaveCount(12, { timeout: 15_000 });
  // The most overdue first.
  expect(await dueKeys(popup)).toEqual(PEOPLE.slice(-12).reverse().map((p) => `keep-warm:${p.id}:${p.lastInteractionAt}`));
  await expect(popup.locator('li[data-due-key]').first()).toContainText('Your last exchange with Person 69 was 169 days ago');

  const [dashboard] = await Promise.all([context.waitForEvent('page'), popup.getByRole('link', { name: `${COUNT - 12} more in the dashboard.` }).click()]);
  await expect(dashboard).toHaveURL(new RegExp(`chrome-extension://${extensionId}/dashboard\\.html#due$`));
  await expect(dashboard.getByRole('heading', { name: 'Due', level: 2 })).toBeVisible();
  await expect(dashboard.locator('li[data-due-key]')).toHaveCount(50, { timeout: 15_000 });
  await expect(dashboard.getByText(`Keep in touch: ${COUNT}`)).toBeVisible();
  await expect(dashboard.getByText('Page 1 of 2')).toBeVisible();
  const first = await dueKeys(dashboard);
  expect(first.slice(0, 12)).toEqual(await dueKeys(popup));
  await dashboard.getByRole('button', { name: 'Next' }).click();
  await expect(dashboard.getByText('Page 2 of 2')).toBeVisible();
  await expect(dashboard.locator('li[data-due-key]')).toHaveCount(COUNT - 50);
  const second = await dueKeys(dashboard);
  expect(new Set([...first, ...second]).size).toBe(COUNT);
  expect(second.at(-1)).toBe(`keep-warm:${PEOPLE[0].id}:${PEOPLE[0].lastInteractionAt}`);

  // Dismissing one on the last page: gone from the page, one fewer on the badge and in the popup.
  await dashboard.locator(`li[data-due-key="${second[0]}"]`).getByRole('button', { name: 'Dismiss' }).click();
  await expect(dashboard.locator('li[data-due-key]')).toHaveCount(COUNT - 51);
  await expect.poll(() => badgeText(ext), { timeout: 15_000 }).toBe(String(COUNT - 1));
  await expect(popup.getByRole('link', { name: `${COUNT - 13} more in the dashboard.` })).toBeVisible();

  // In French.
  await setSettings(ext, { language: 'fr' });
  await expect(popup.getByRole('link', { name: `Encore ${COUNT - 13} dans le tableau de bord.` })).toBeVisible({ timeout: 15_000 });
  await expect(dashboard.getByText('Page 2 sur 2')).toBeVisible();
  await expect(dashboard.getByText(`Garder le contact\u202f: ${COUNT - 1}`)).toBeVisible();
});
