import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from '@playwright/test';
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
