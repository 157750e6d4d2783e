import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { generateExportZip } from '../bench/generateExport';
import { expect, readStore, routeLinkedIn, test } from './fixtures';

const THREAD_FR = '/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/';
const LEA = 'linkedin:in/lea-marchand-5c2e91';
const ERA_2026 = path.resolve('tests/fixtures/linkedin-export/2026');

/** LinkedIn's ZIP as downloaded: the 2026 fixture files, plus Léa (whom the user also wrote to live) as a connection. */
function archive(): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(ERA_2026)) files[name] = readFileSync(path.join(ERA_2026, name));
  const connections = readFileSync(path.join(ERA_2026, 'Connections.csv'), 'utf8').replace(/\n?$/, '\n');
  files['Connections.csv'] = strToU8(`${connections}Léa,Marchand,https://www.linkedin.com/in/lea-marchand-5c2e91,,Atelier Solène,Responsable RH,05 Sep 2025\n`);
  return Buffer.from(zipSync(files));
}

async function counts(ext: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const store of ['contacts', 'interactions', 'introductions', 'nextSteps', 'recommendationsMade']) out[store] = (await readStore(ext, store)).length;
  return out;
}

async function importFile(options: Page, name: string, buffer: Buffer) {
  await options.locator('#linkedin-import input[type="file"]').setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('LinkedIn export imported through the options page joins the live history, adds nothing the second time, and a broken ZIP changes nothing', async ({ context, extPage }) => {
  // A message sent live first.
  await routeLinkedIn(context, { [THREAD_FR]: 'thread-fr.html' });
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREAD_FR}`);
  await page.locator('[role="textbox"][contenteditable="true"]').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Merci Léa, à jeudi !');
  await page.keyboard.press('Enter');
  const ext = await extPage('popup.html');
  await expect.poll(async () => (await readStore(ext, 'interactions')).length, { timeout: 10_000 }).toBe(1);

  const options = await extPage('options.html');
  const section = options.locator('#linkedin-import');
  await expect(section).toContainText(/LinkedIn/);
  await importFile(options, 'Complete_LinkedInDataExport_11-20-2026.zip', archive());
  await expect(section.getByText(/LinkedIn export imported|Export LinkedIn importé/)).toBeVisible({ timeout: 30_000 });
  await expect(section.locator('[role="alert"]')).toHaveCount(0);
  await expect.poll(async () => (await counts(ext)).contacts, { timeout: 30_000 }).toBeGreaterThan(3);

  // Léa is one contact: the live message and the export's connection are hers.
  const contacts = await readStore<{ id: string; degree?: number; company?: string }>(ext, 'contacts');
  expect(contacts.filter((c) => c.id === LEA)).toHaveLength(1);
  expect(contacts.find((c) => c.id === LEA)).toMatchObject({ degree: 1 });
  const rows = await readStore<{ contactId: string; kind: string; source: string; text?: string }>(ext, 'interactions');
  expect(rows.filter((r) => r.contactId === LEA && r.source === 'capture').map((r) => r.text)).toEqual(['Merci Léa, à jeudi !']);
  // The export's own messages, with the people they were exchanged with.
  expect(rows.some((r) => r.contactId === 'linkedin:in/sophie-martin-42' && r.kind === 'message-sent' && r.source === 'import')).toBe(true);
  expect(rows.some((r) => r.contactId === 'linkedin:in/sophie-martin-42' && r.kind === 'message-received')).toBe(true);
  const after = await counts(ext);

  // The same archive again: nothing added.
  await options.reload();
  await importFile(options, 'Complete_LinkedInDataExport_11-20-2026.zip', archive());
  await expect(options.locator('#linkedin-import').getByText(/LinkedIn export imported|Export LinkedIn importé/)).toBeVisible({ timeout: 30_000 });
  expect(await counts(ext)).toEqual(after);

  // A truncated download: a clear message, nothing changed.
  await options.reload();
  const broken = archive().subarray(0, 700);
  await importFile(options, 'Basic_LinkedInDataExport_11-20-2026.zip', broken);
  await expect(options.locator('#linkedin-import [role="alert"]')).toBeVisible({ timeout: 30_000 });
  await expect(options.locator('#linkedin-import [role="alert"]')).not.toBeEmpty();
  expect(await counts(ext)).toEqual(after);
});

/** A ZIP of one era's fixture files, as LinkedIn sends it. */
function eraZip(era: string): Buffer {
  const dir = path.resolve('tests/fixtures/linkedin-export', era);
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) files[name] = readFileSync(path.join(dir, name));
  return Buffer.from(zipSync(files));
}

test('a large import runs in a worker: the bar and its count move, Cancel answers and nothing is kept', async ({ extPage }) => {
  const options = await extPage('options.html');
  const section = options.locator('#linkedin-import');
  const zip = Buffer.from(generateExportZip({ connections: 4000, messages: 16000, seed: 11 }));
  await importFile(options, 'Complete_LinkedInDataExport_12-01-2026.zip', zip);
  const bar = section.locator('progress');
  await expect(bar).toBeVisible();
  // The import is the page's worker's, not the page's own work.
  await expect.poll(() => options.workers().length, { timeout: 10_000 }).toBeGreaterThan(0);
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        seen.add(await section.locator('.import-count').innerText().catch(() => ''));
        return Number(await bar.getAttribute('value'));
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBeGreaterThan(0.5);
  // The count said how far each phase was (megabytes read, rows matched, records saved), more than once.
  expect([...seen].filter(Boolean).length).toBeGreaterThan(2);
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('alert')).toContainText('Import cancelled: nothing was changed.', { timeout: 10_000 });
  expect(await counts(options)).toEqual({ contacts: 0, interactions: 0, introductions: 0, nextSteps: 0, recommendationsMade: 0 });
  // The control is back, ready for another try.
  await expect(section.locator('input[type="file"]')).toBeEnabled();
});

test('after an import, a start: the close circle to pick (some ticked), the replies waiting, listed', async ({ extPage }) => {
  const options = await extPage('options.html');
  // The demo export's last messages are of late 2026: the day after them, whenever the test runs.
  await options.clock.setFixedTime(new Date('2026-12-08T12:00:00Z'));
  const section = options.locator('#linkedin-import');
  await importFile(options, 'Basic_LinkedInDataExport_12-01-2026.zip', eraZip('demo'));
  await expect(section.getByText(/LinkedIn export imported/)).toBeVisible({ timeout: 30_000 });
  const circle = section.locator('.circle-picker');
  await expect(circle.locator('button.candidate[aria-pressed="true"]')).toHaveCount(5);
  await expect(circle).not.toContainText('Rita Gomez');
  // One click each: Omar out, Nina in.
  await circle.locator('button.candidate', { hasText: 'Omar Haddad' }).click();
  await circle.locator('button.candidate', { hasText: 'Nina Petrova' }).click();
  await circle.getByRole('button', { name: 'Keep these 5 people in my close circle' }).click();
  await expect(circle.getByRole('status')).toContainText('5 people are in your close circle');
  await expect
    .poll(async () => (await readStore<{ name: string; tier?: string }>(options, 'contacts')).filter((c) => c.tier === 'close').map((c) => c.name).sort())
    .toEqual(['Inès Benali', 'Léa Rousseau', 'Marc Dupont', 'Nina Petrova', 'Sophie Martin']);
  const waiting = section.locator('.waiting-replies');
  await expect(waiting.locator('li')).toHaveCount(6);
  await expect(waiting.locator('li').first()).toContainText('Inès Benali');
  await expect(waiting.getByRole('link', { name: 'Open on LinkedIn' }).first()).toHaveAttribute('href', 'https://www.linkedin.com/messaging/thread/2-SU5FUy1ERU1P/');
  // The report says it in plain words, and where to go next.
  await expect(section).toContainText('Contacts: 12 added (your LinkedIn connections).');
  await expect(section).toContainText('6 conversations end with their message (3 in the last 30 days)');
  await expect(section).toContainText('Relais will not remind you of them');
  await expect(section.getByRole('link', { name: 'See your contacts' })).toHaveAttribute('href', '/dashboard.html#contacts');
});
