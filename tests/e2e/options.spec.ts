import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../utils/db/schema';
import { expect, idb, serviceWorkerOf, STORES, test, type Dump } from './fixtures';


const T = Date.UTC(2026, 2, 10, 9, 0);
const SEED: Dump = {
  contacts: [
    { id: 'linkedin:in/marc-dupont', site: 'linkedin', name: 'Marc Dupont', aliases: [], headline: 'Directeur R&D — Société Générale', tier: 'close', createdAt: T, updatedAt: T, lastInteractionAt: T },
    { id: 'linkedin:in/zoë-núñez', site: 'linkedin', name: 'Zoë Núñez 王', aliases: ['linkedin:in/ACoAAB1234567890'], headline: '=HYPERLINK("x") <img src=x>', createdAt: T, updatedAt: T },
    { id: 'linkedin:in/sophie-martin', site: 'linkedin', name: 'Sophie Martin', aliases: [], workedWith: true, notes: 'مرحبا 👩🏽‍💻', createdAt: T, updatedAt: T },
  ],
  interactions: [
    { id: 1, key: 'cap_00000001:linkedin:in/sophie-martin', contactId: 'linkedin:in/sophie-martin', kind: 'message-sent', at: T, text: 'Bonjour Sophie,\nMarc m’a conseillé de vous écrire 🙂', site: 'linkedin', source: 'capture', surface: 'thread' },
    { id: 2, key: 'cap_00000002:linkedin:in/zoë-núñez', contactId: 'linkedin:in/zoë-núñez', kind: 'meeting', at: T + 1, site: 'linkedin', source: 'manual' },
  ],
  introductions: [{ id: 1, recommenderId: 'linkedin:in/marc-dupont', contactId: 'linkedin:in/sophie-martin', at: T, source: 'manual' }],
  nextSteps: [{ id: 1, contactId: 'linkedin:in/sophie-martin', kind: 'promise', text: 'Envoyer le lien « Café »', createdAt: T, due: T + 3 * 864e5 }],
  recommendationsMade: [{ id: 1, candidateId: 'linkedin:in/zoë-núñez', at: T, workedWith: true, outcome: 'pending', source: 'manual' }],
  dueStates: [{ key: 'keep-warm:linkedin:in/marc-dupont', snoozedUntil: T + 864e5 }],
};

async function storedSettings(sw: Worker): Promise<{ cadenceDays: Record<string, number>; language: string } | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return sw.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings);
}

const byKey = (d: Dump) => Object.fromEntries(Object.entries(d).map(([k, rows]) => [k, [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]));

test('options: settings apply at once, in English and French; backup export, erase, import and a refused file', async ({ context, extPage }) => {
  const sw = await serviceWorkerOf(context);
  const page = await extPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relais — options');

  // Every control has a label.
  const unlabelled = await page.locator('input, select').evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id));
  expect(unlabelled).toEqual([]);

  // A cadence, changed from the keyboard, is stored at once.
  const close = page.getByLabel('Close contacts');
  await close.fill('12');
  await close.press('Tab');
  await expect.poll(async () => (await storedSettings(sw))?.cadenceDays.close).toBe(12);
  await expect(page.getByRole('status').first()).toHaveText('Saved.');

  // An invalid entry says why and is not saved.
  await close.fill('0');
  await close.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('Enter a number from 1 to 3650.');
  await expect(close).toHaveAttribute('aria-invalid', 'true');
  expect((await storedSettings(sw))?.cadenceDays.close).toBe(12);
  await close.fill('14');
  await close.press('Tab');
  await expect.poll(async () => (await storedSettings(sw))?.cadenceDays.close).toBe(14);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.screenshot({ path: '/tmp/relais-options-en.png', fullPage: true });
  await expect(page.locator('#linkedin-import')).toBeVisible();

  // Data: a backup of nothing is still a backup (and makes the page open the database).
  const [emptyDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(JSON.parse(await readFile((await emptyDownload.path())!, 'utf8')).tables.contacts).toEqual([]);
  await expect(page.getByText(/Backup downloaded: .*\(0 records\)/)).toBeVisible();

  // Seed the database, export it.
  await expect.poll(async () => (await idb(page, 'dump')) !== null, { message: 'the database exists' }).toBe(true);
  await idb(page, 'seed', SEED);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^relais-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupText = await readFile((await download.path())!, 'utf8');
  const backup = JSON.parse(backupText);
  expect(backup).toMatchObject({ format: 'relais-backup', formatVersion: 1, schemaVersion: CURRENT_SCHEMA_VERSION });
  expect(byKey(backup.tables)).toEqual(byKey(SEED));
  await expect(page.getByText(/Backup downloaded: relais-backup-.*\(9 records\)/)).toBeVisible();

  // Erase, after a confirmation that says what will be lost.
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  await expect(page.getByText('This erases 3 contacts, 2 interactions, 1 introduction, 1 next step or promise, 1 recommendation, and 1 snoozed or dismissed reminder; every setting goes back to its default.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await page.locator('#data').screenshot({ path: '/tmp/relais-options-erase-confirm.png' });
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('Everything was erased; the settings are back to their defaults.')).toBeVisible();
  const empty = await idb(page, 'dump');
  for (const name of STORES) expect(empty![name], name).toEqual([]);
  await expect.poll(async () => (await storedSettings(sw))?.cadenceDays.close).toBe(30);
  await expect(close).toHaveValue('30');

  // Import the backup back: every record again.
  await page.getByLabel('Restore a backup').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backupText) });
  await expect(page.getByText(/Backup of .*: 3 contacts, 2 interactions/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup restored: 9 records.')).toBeVisible();
  const restored = (await idb(page, 'dump'))!;
  expect(byKey(restored)).toEqual(byKey(SEED));

  // A broken file: a clear message, nothing changed.
  await page.getByLabel('Restore a backup').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(backupText.slice(0, 300)) });
  await expect(page.getByRole('alert')).toContainText('This file was not imported and nothing was changed. The file stops in the middle');
  await page.getByLabel('Restore a backup').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...backup, schemaVersion: 99 })) });
  await expect(page.getByRole('alert')).toContainText('newer version of Relais');
  expect(await idb(page, 'dump')).toEqual(restored);

  // French, at once.
  await page.getByLabel('Interface language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Rappels' })).toBeVisible();
  await expect(page.getByLabel('Proches')).toHaveValue('30');
  await expect(page.getByRole('checkbox', { name: 'Lundi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Télécharger une sauvegarde' })).toBeVisible();
  await expect.poll(async () => (await storedSettings(sw))?.language).toBe('fr');
  await page.screenshot({ path: '/tmp/relais-options-fr.png', fullPage: true });
});

test('options: quiet days are saved as ticked, but not all seven (no digest would ever come)', async ({ extPage, context }) => {
  const sw = await serviceWorkerOf(context);
  const page = await extPage('options.html');
  const quietDays = async () => ((await storedSettings(sw)) as { quietDays?: number[] } | undefined)?.quietDays;
  // Saturday and Sunday are quiet by default; Monday to Thursday added.
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) await page.getByRole('checkbox', { name: day }).check();
  await expect.poll(quietDays).toEqual([0, 1, 2, 3, 4, 6]);
  await page.getByRole('checkbox', { name: 'Friday' }).click();
  await expect(page.getByRole('alert')).toHaveText('Leave at least one day without quiet, or no digest would ever come.');
  await expect(page.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
  expect(await quietDays()).toEqual([0, 1, 2, 3, 4, 6]);
});
