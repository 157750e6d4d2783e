import type { Page } from '@playwright/test';
import { badgeText, expect, setSettings, test } from './fixtures';

// A large due list end to end, calm: the popup shows today's five people and "All (N)", which opens
// the dashboard; there "Today" holds the same five and "All" every person a page at a time; the
// badge counts today's list, never everything.

const DAY = 86_400_000;
const NOW = Date.now();
const COUNT = 70;

/** People in a tier, last written to between 100 and 169 days ago (a regular cadence is 90 days): all due, Person 69 the longest. */
const PEOPLE = Array.from({ length: COUNT }, (_, k) => ({
  id: `linkedin:in/due-person-${k}`,
  site: 'linkedin',
  name: `Person ${k}`,
  aliases: [],
  tier: 'regular',
  createdAt: NOW - 1000 * DAY,
  updatedAt: NOW - 1000 * DAY,
  lastInteractionAt: NOW - (100 + k) * DAY,
}));
/** And 30 connections of an import, never written to: never reminders. */
const IMPORTED = Array.from({ length: 30 }, (_, k) => ({
  id: `linkedin:in/imported-${k}`,
  site: 'linkedin',
  name: `Imported ${k}`,
  aliases: [],
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - 10 * DAY,
  connectedAt: NOW - 900 * DAY,
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

const people = (page: Page) => page.locator('li[data-due-person]').evaluateAll((els) => els.map((el) => el.getAttribute('data-due-person')!));

test('the popup shows today’s five and “All (N)”, the dashboard pages everyone, the badge counts today', async ({ context, extensionId, extPage }) => {
  const ext = await extPage('popup.html');
  await expect(ext.getByText('Nothing due. Everyone has heard from you.')).toBeVisible({ timeout: 15_000 });
  await seedContacts(ext, [...PEOPLE, ...IMPORTED]);
  // A settings change makes the background count again (and no day is quiet, so the date does not matter).
  await setSettings(ext, { language: 'en', quietDays: [] });
  await expect.poll(() => badgeText(ext), { timeout: 15_000 }).toBe('5');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('li[data-due-person]')).toHaveCount(5, { timeout: 15_000 });
  // The longest overdue first, each person once.
  expect(await people(popup)).toEqual(PEOPLE.slice(-5).reverse().map((p) => p.id));
  const first = popup.locator('li[data-due-person]').first();
  await expect(first.locator('.due-name')).toHaveText('Person 69');
  await expect(first.locator('.due-when')).toHaveText(/^due \d+ (weeks|months) ago$/);
  await expect(first.locator('[data-due-key]')).toHaveText('Last exchange 5 months ago (regular contacts: every 90 days)');
  await expect(first.getByRole('button')).toHaveText(['Done', 'In a week', 'Not needed']);
  // The date sits beside the name, on the same line, not run into the text.
  const [name, when] = [await first.locator('.due-name').boundingBox(), await first.locator('.due-when').boundingBox()];
  expect(when!.x).toBeGreaterThan(name!.x + name!.width);
  expect(Math.abs(when!.y + when!.height - (name!.y + name!.height))).toBeLessThan(6);

  const [dashboard] = await Promise.all([context.waitForEvent('page'), popup.getByRole('link', { name: `All (${COUNT})` }).click()]);
  await expect(dashboard).toHaveURL(new RegExp(`chrome-extension://${extensionId}/dashboard\\.html#due$`));
  await expect(dashboard.getByRole('heading', { name: 'Due', level: 2 })).toBeVisible();
  await expect(dashboard.getByRole('tab', { name: 'Today (5)' })).toHaveAttribute('aria-selected', 'true');
  await expect(dashboard.locator('li[data-due-person]')).toHaveCount(5, { timeout: 15_000 });
  expect(await people(dashboard)).toEqual(await people(popup));
  await expect(dashboard.getByText(`Keep in touch:\u00a0${COUNT}`)).toBeVisible();

  await dashboard.getByRole('tab', { name: `All (${COUNT})` }).click();
  await expect(dashboard.locator('li[data-due-person]')).toHaveCount(20);
  await expect(dashboard.getByText('Page 1 of 4')).toBeVisible();
  const seen = new Set(await people(dashboard));
  for (let k = 2; k <= 4; k++) {
    const before = (await people(dashboard))[0];
    await dashboard.getByRole('button', { name: 'Next' }).click();
    await expect(dashboard.getByText(`Page ${k} of 4`)).toBeVisible();
    await expect.poll(async () => (await people(dashboard))[0]).not.toBe(before);
    for (const id of await people(dashboard)) seen.add(id);
  }
  expect(seen.size).toBe(COUNT);
  // The connections of the import, never written to, are nowhere.
  expect([...seen].some((id) => id.includes('imported'))).toBe(false);

  // "Not needed" for someone on the last page: one fewer in all, the badge still says today's five.
  const last = (await people(dashboard))[0];
  await dashboard.locator(`li[data-due-person="${last}"]`).getByRole('button', { name: 'Not needed' }).click();
  await expect(dashboard.locator(`li[data-due-person="${last}"]`)).toHaveCount(0);
  await expect(dashboard.getByRole('tab', { name: `All (${COUNT - 1})` })).toBeVisible();
  await expect(popup.getByRole('link', { name: `All (${COUNT - 1})` })).toBeVisible({ timeout: 15_000 });
  expect(await badgeText(ext)).toBe('5');

  // In French.
  await setSettings(ext, { language: 'fr' });
  await expect(popup.getByRole('link', { name: `Tout (${COUNT - 1})` })).toBeVisible({ timeout: 15_000 });
  await expect(popup.locator('li[data-due-person]').first().getByRole('button')).toHaveText(['Fait', 'Dans une semaine', 'Pas nécessaire']);
  await expect(dashboard.getByText('Page 4 sur 4')).toBeVisible();
  await expect(dashboard.getByText(`Garder le contact\u202f:\u00a0${COUNT - 1}`)).toBeVisible();
});
