import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordCapture } from '../../../utils/db/recordCapture';
import type { RelaisDB } from '../../../utils/db/database';
import { runImport, type ImportOutcome } from '../../../utils/import/linkedin-export/runImport';
import { freshDb } from '../db/testDb';
import { csvFile, dump, fixtureBytes, fixtureText, NOW, zipFile, zipOfEra } from './helpers';

let db: RelaisDB;
let before: Awaited<ReturnType<typeof dump>>;

beforeEach(async () => {
  db = freshDb();
  // Something the user already has, that no failed import may touch.
  await recordCapture(
    db,
    {
      captureId: 'cap_existing',
      kind: 'message-sent',
      at: NOW - 86_400_000,
      text: 'Hello Sophie',
      surface: 'thread',
      recipients: [{ name: 'Sophie Martin', profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/' }],
    },
    NOW - 86_400_000,
  );
  before = await dump(db);
});

async function expectFailure(outcome: ImportOutcome, code: string) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error.code).toBe(code);
  expect(outcome.error.message.en.length).toBeGreaterThan(20);
  expect(outcome.error.message.fr.length).toBeGreaterThan(20);
  expect(outcome.error.message.fr).not.toBe(outcome.error.message.en);
  expect(await dump(db)).toEqual(before);
}

describe('bad input: a clear error in both languages, and nothing changes', () => {
  it('a ZIP that is not a LinkedIn export', async () => {
    const zip = zipFile({ 'holiday/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]), 'notes.txt': strToU8('shopping list') }, 'photos.zip');
    await expectFailure(await runImport(db, [zip], { now: NOW }), 'not-linkedin-export');
  });

  it('a truncated ZIP (interrupted download)', async () => {
    const whole = new Uint8Array(await zipOfEra('2026').arrayBuffer());
    const cut = new File([whole.subarray(0, Math.floor(whole.length * 0.6))], 'Complete_LinkedInDataExport_06-15-2026.zip');
    await expectFailure(await runImport(db, [cut], { now: NOW }), 'zip-truncated');
  });

  it('a corrupt ZIP entry (bytes damaged in the middle)', async () => {
    const big = fixtureText('2026', 'messages.csv').repeat(20);
    const bytes = zipSync({ 'messages.csv': strToU8(big), 'Profile.csv': fixtureBytes('2026', 'Profile.csv') });
    for (let i = 200; i < 260; i++) bytes[i] ^= 0x5a;
    await expectFailure(await runImport(db, [new File([bytes], 'export.zip')], { now: NOW }), 'zip-corrupt');
  });

  it('a file named .zip that is no ZIP at all', async () => {
    await expectFailure(await runImport(db, [new File(['just text, not a zip'], 'export.zip')], { now: NOW }), 'zip-truncated');
  });

  it('a CSV with an unknown header, chosen on its own', async () => {
    await expectFailure(await runImport(db, [csvFile('contacts.csv', 'Name,Phone\nSophie,0102030405\n')], { now: NOW }), 'unknown-header');
  });

  it('a file named like an export file whose columns are not its columns, with nothing else to read', async () => {
    const zip = zipFile({ 'Connections.csv': strToU8('Nom;Téléphone\nSophie;0102\n'), 'Photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]) });
    const outcome = await runImport(db, [zip], { now: NOW });
    await expectFailure(outcome, 'unknown-header');
    if (!outcome.ok) expect(outcome.error.file).toBe('Connections.csv');
  });

  it('a ZIP entry that inflates beyond the limit (zip bomb) is refused while inflating', async () => {
    const header = fixtureText('2026', 'messages.csv').split('\n')[0] + '\n';
    const bomb = new Uint8Array(6 * 1024 * 1024);
    bomb.set(strToU8(header));
    const zip = zipFile({ 'messages.csv': bomb, 'Profile.csv': fixtureBytes('2026', 'Profile.csv') });
    expect(zip.size).toBeLessThan(100_000);
    await expectFailure(await runImport(db, [zip], { now: NOW, limits: { maxFileBytes: 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 } }), 'entry-too-large');
  });

  it('a zip bomb that lies about its size in the directory is still stopped by the bytes it produces', async () => {
    const header = fixtureText('2026', 'messages.csv').split('\n')[0] + '\n';
    const bomb = new Uint8Array(6 * 1024 * 1024);
    bomb.set(strToU8(header));
    const bytes = zipSync({ 'messages.csv': bomb });
    // Rewrite the declared uncompressed size in the central directory to 1 KB.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 1024, true);
        break;
      }
    }
    await expectFailure(
      await runImport(db, [new File([bytes], 'export.zip')], { now: NOW, limits: { maxFileBytes: 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 } }),
      'entry-too-large',
    );
  });

  it('many entries that together inflate beyond the total limit', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i++) entries[`part${i}/messages.csv`] = strToU8(fixtureText('2026', 'messages.csv').repeat(200));
    await expectFailure(
      await runImport(db, [zipFile(entries)], { now: NOW, limits: { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 } }),
      'archive-too-large',
    );
  });

  it('a CSV of hundreds of MB (over the limit) is refused before it is read', async () => {
    const huge = csvFile('messages.csv', fixtureText('2026', 'messages.csv'));
    await expectFailure(await runImport(db, [huge], { now: NOW, limits: { maxFileBytes: 1000, maxTotalBytes: 10_000 } }), 'file-too-large');
  });

  it('no file at all', async () => {
    await expectFailure(await runImport(db, [], { now: NOW }), 'no-files');
  });

  it('hostile text in a message is stored as text, exactly as written', async () => {
    const text =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-X,,Eve Hacker,https://www.linkedin.com/in/eve,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,2026-06-01 10:00:00 UTC,,"<img src=x onerror=alert(1)>\u202Ehi",INBOX\n';
    const outcome = await runImport(db, [csvFile('messages.csv', text), csvFile('Profile.csv', fixtureText('2026', 'Profile.csv'))], { now: NOW });
    expect(outcome.ok).toBe(true);
    const row = await db.interactions.where('contactId').equals('linkedin:in/eve').first();
    expect(row?.text).toBe('<img src=x onerror=alert(1)>\u202Ehi');
  });
});
