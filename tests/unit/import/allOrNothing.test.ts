import { beforeEach, describe, expect, it } from 'vitest';
import type { RelaisDB } from '../../../utils/db/database';
import { runImport, type ImportProgress } from '../../../utils/import/linkedin-export/runImport';
import { generateExportZip } from '../../bench/generateExport';
import { freshDb } from '../db/testDb';
import { dump, fixtureFiles, NOW, zipOfEra } from './helpers';

// Big enough for the write to take several batches, small enough for a unit test.
const archive = new File([generateExportZip({ connections: 1500, messages: 2500, seed: 7 })], 'Complete_LinkedInDataExport_06-15-2026.zip');

let db: RelaisDB;
let before: Awaited<ReturnType<typeof dump>>;

beforeEach(async () => {
  db = freshDb();
  // The user already has an imported history and their own edits.
  const first = await runImport(db, fixtureFiles('2021'), { now: NOW });
  expect(first.ok).toBe(true);
  await db.contacts.update('linkedin:in/sophie-martin-42', { tier: 'close', notes: 'mine' });
  before = await dump(db);
});

describe('all or nothing', () => {
  it('a failure in the middle of the write leaves the database exactly as it was', async () => {
    let created = 0;
    db.interactions.hook('creating', () => {
      created++;
      if (created === 1500) throw new Error('disk full');
    });
    const outcome = await runImport(db, [archive], { now: NOW });
    expect(created).toBeGreaterThanOrEqual(1500);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('write-failed');
      expect(outcome.error.message.fr).toContain('exactement comme avant');
    }
    expect(await dump(db)).toEqual(before);
  });

  it('cancelling while the write is under way rolls it back', async () => {
    const controller = new AbortController();
    const phases: ImportProgress[] = [];
    const outcome = await runImport(db, [archive], {
      now: NOW,
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p);
        if (p.phase === 'writing' && p.fraction > 0.85) controller.abort();
      },
    });
    expect(phases.some((p) => p.phase === 'writing' && p.fraction > 0.85)).toBe(true);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await dump(db)).toEqual(before);
  });

  it('cancelling while the archive is read stops the import and changes nothing', async () => {
    const controller = new AbortController();
    let readingUpdates = 0;
    const outcome = await runImport(db, [archive], {
      now: NOW,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'reading' && ++readingUpdates === 2) controller.abort();
      },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await dump(db)).toEqual(before);
  });

  it('progress goes from 0 to 1 through reading, matching and writing, never backwards', async () => {
    const seen: ImportProgress[] = [];
    const outcome = await runImport(db, [zipOfEra('2026')], { now: NOW, onProgress: (p) => seen.push(p) });
    expect(outcome.ok).toBe(true);
    expect(seen[0]).toEqual({ fraction: 0, phase: 'reading' });
    expect(seen.at(-1)).toEqual({ fraction: 1, phase: 'done' });
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['reading', 'matching', 'writing', 'done']);
    for (let i = 1; i < seen.length; i++) expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
  });

  it('a dry run reports what would come in and writes nothing', async () => {
    const outcome = await runImport(db, [zipOfEra('2026')], { now: NOW, dryRun: true });
    expect(outcome.ok && outcome.report.dryRun).toBe(true);
    expect(outcome.ok && outcome.report.messages.received).toBeGreaterThan(0);
    expect(await dump(db)).toEqual(before);
  });

  it('gives the event loop a turn while it works (the page stays responsive)', async () => {
    let turns = 0;
    const outcome = await runImport(db, [archive], {
      now: NOW,
      pause: () => {
        turns++;
        return new Promise((r) => setTimeout(r, 0));
      },
    });
    expect(outcome.ok).toBe(true);
    expect(turns).toBeGreaterThan(0);
  });
});
