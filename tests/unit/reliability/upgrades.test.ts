// Upgrades lose nothing: every earlier schema version is created populated (10,000 records with
// their relations), opened with the current code and checked record by record, reference by
// reference, index by index. A test-only next version (after the app's latest) that transforms
// data proves the harness sees a lossy upgrade; one that throws proves a failed upgrade leaves the
// latest version intact.
import { afterAll, describe, expect, it } from 'vitest';
import { writeCapture } from '../../../utils/background/contentHandlers';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import type { StorageProblem } from '../../../utils/db/storageProblem';
import { reportFigures } from '../../reliability/figures';
import { createAtVersion, nativeVersion, readAll, runUpgradeCase, uniqueDbName, type UpgradeExpectation, type UpgradeReport } from '../../reliability/upgrade/harness';
import { sampleV1, TEN_THOUSAND } from '../../reliability/upgrade/sampleV1';
import { countRecords, danglingReferences, inKeyOrder, storesAt, type Tables } from '../../reliability/upgrade/tables';
import { FAILING_NEXT, LATEST, LOSSY_NEXT, NEXT, NEXT_EXPECTATION } from '../../reliability/upgrade/testOnlyNext';

/**
 * How each app version transforms data. A version with an upgrade function must appear here (the
 * meta-test below fails otherwise); a version that only adds tables or indexes needs nothing.
 */
const APP_EXPECTATIONS: Record<number, UpgradeExpectation> = {
  // Version 3 makes the due digest, derived data the harness checks against one made again from
  // the upgraded records (badDigest); the records themselves stay as they were.
  3: (t) => t,
  // Version 6 makes the digest again, now with each contact's exchanges counted: same records.
  6: (t) => t,
};

/**
 * Samples of the data each app version holds, by version. A new version copies the latest
 * generator and adds its new fields, so the next upgrade is tested from a database that uses them.
 */
const SAMPLES: Record<number, (seed: number) => Tables> = {
  1: (seed) => sampleV1(TEN_THOUSAND, seed),
  // Version 2 only indexed contacts' cadenceDays and createdAt: its data is version 1's (which
  // already sets both fields on many contacts, so the new indexes are checked key by key).
  2: (seed) => sampleV1(TEN_THOUSAND, seed),
  // Version 3 added the derived due digest and dropped schema 2's two indexes: the same data.
  3: (seed) => sampleV1(TEN_THOUSAND, seed),
  // Version 6 changed only the derived digest: the same data.
  6: (seed) => sampleV1(TEN_THOUSAND, seed),
};

const figures = { upgraded: 0, lost: 0, lossyCaught: 0, failedUpgrades: 0 };
afterAll(() =>
  reportFigures('reliability: upgrades', 'upgrades', [
    { label: 'records upgraded', count: figures.upgraded, lost: figures.lost },
    { label: 'lossy upgrades caught', count: figures.lossyCaught },
    { label: 'failed upgrades rolled back', count: figures.failedUpgrades },
  ]),
);

function expectNothingLost(r: UpgradeReport) {
  expect(r.error).toBeUndefined();
  expect(r.missing.slice(0, 5)).toEqual([]);
  expect(r.changed.slice(0, 5)).toEqual([]);
  expect(r.extra.slice(0, 5)).toEqual([]);
  expect(r.dangling.slice(0, 5)).toEqual([]);
  expect(r.badIndexes).toEqual([]);
  expect(r.badDigest.slice(0, 5)).toEqual([]);
  expect(r.recordsAfter).toBe(r.recordsBefore);
  expect(r.ok).toBe(true);
}

describe('the sample is what years of use look like', () => {
  it('holds 10,000 records across every table, with relations that all resolve', () => {
    const t = sampleV1();
    expect(countRecords(t)).toBeGreaterThanOrEqual(10_000);
    for (const rows of Object.values(t)) expect(rows.length).toBeGreaterThan(0);
    expect(danglingReferences(t)).toEqual([]);
    // Chains: someone introduced who introduced someone else in turn.
    const introduced = new Set(t.introductions.map((i) => i.contactId));
    expect(t.introductions.some((i) => introduced.has(i.recommenderId))).toBe(true);
    expect(t.nextSteps.some((s) => s.sourceInteractionKey)).toBe(true);
    expect(t.interactions.some((i) => Array.isArray(i.groupContactIds) && i.groupContactIds.length)).toBe(true);
  });
});

describe('every earlier app schema upgrades to the current one without losing a record', () => {
  const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

  it('every app version that transforms data says how, and every version has a sample', () => {
    for (const v of SCHEMA_VERSIONS) {
      if (v.upgrade) expect(APP_EXPECTATIONS[v.version], `expectation for v${v.version}`).toBeTypeOf('function');
      if (v.version < current || SCHEMA_VERSIONS.length === 1) expect(SAMPLES[v.version], `sample for v${v.version}`).toBeTypeOf('function');
    }
  });

  // With a single version, reopening it with the current code is the no-op case; the loop grows
  // with every version added to SCHEMA_VERSIONS.
  const froms = SCHEMA_VERSIONS.length === 1 ? [current] : SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version);
  it.each(froms)('from version %i', { timeout: 90_000 }, async (from) => {
    const r = await runUpgradeCase({ name: uniqueDbName(`app-v${from}`), versions: SCHEMA_VERSIONS, from, sample: SAMPLES[from](from), expectations: APP_EXPECTATIONS });
    expectNothingLost(r);
    figures.upgraded += r.recordsBefore;
  });
});

describe('the harness, on a test-only next version that transforms data', () => {
  const versions = [...SCHEMA_VERSIONS, NEXT];
  const sampleLatest = SAMPLES[LATEST];
  // Smaller samples for the failures: what is checked is that the harness notices, not the volume.
  const SMALL = { contacts: 600, interactions: 1_500, introductions: 300, nextSteps: 300, recommendationsMade: 150, dueStates: 150 };

  it('passes a correct upgrade: 10,000 records, their new fields and new indexes', { timeout: 90_000 }, async () => {
    const r = await runUpgradeCase({ name: uniqueDbName('next'), versions, from: LATEST, sample: sampleLatest(1), expectations: { [NEXT.version]: NEXT_EXPECTATION } });
    expectNothingLost(r);
    figures.upgraded += r.recordsBefore;
  });

  it('fails when the expectation says the upgrade should have done something it did not', async () => {
    // The correct upgrade checked against a wrong expectation: the harness is not a rubber stamp.
    const sample = sampleV1(SMALL, 7);
    const wrong: UpgradeExpectation = (t) => ({ ...NEXT_EXPECTATION(t), dueStates: t.dueStates.map((d) => ({ ...d, migrated: true })) });
    const r = await runUpgradeCase({ name: uniqueDbName('next-wrong'), versions, from: LATEST, sample, expectations: { [NEXT.version]: wrong } });
    expect(r.ok).toBe(false);
    expect(r.changed).toHaveLength(sample.dueStates.length);
  });

  it.each(LOSSY_NEXT.map((l) => [l.label, l] as const))('catches an upgrade that %s', async (_label, lossy) => {
    const sample = sampleV1(SMALL, 11);
    const r = await runUpgradeCase({ name: uniqueDbName('lossy'), versions: [...SCHEMA_VERSIONS, lossy.version], from: LATEST, sample, expectations: { [NEXT.version]: NEXT_EXPECTATION } });
    const loses = lossy.loses(sample);
    expect(r.ok).toBe(false);
    if (loses.missing !== undefined) expect(r.missing).toHaveLength(loses.missing);
    if (loses.changed !== undefined) expect(r.changed).toHaveLength(loses.changed);
    if (loses.dangling) expect(r.dangling.length).toBeGreaterThan(0);
    expect((loses.missing ?? 0) + (loses.changed ?? 0)).toBeGreaterThan(0);
    figures.lossyCaught += 1;
  });
});

describe('a failing upgrade leaves the old database intact and readable', () => {
  it('aborts the whole upgrade: the latest version and all 10,000 records as they were, then a fixed upgrade succeeds', { timeout: 90_000 }, async () => {
    const name = uniqueDbName('failing');
    const sample = SAMPLES[LATEST](1);
    await createAtVersion(name, SCHEMA_VERSIONS, LATEST, sample);

    const broken = new RelaisDB(name, { versions: [...SCHEMA_VERSIONS, FAILING_NEXT] });
    const error = await broken.open().then(
      () => undefined,
      (e: Error) => e,
    );
    broken.close();
    // Dexie rejects open() with the upgrade function's own error.
    expect(error).toBeInstanceOf(Error);
    expect(String(error?.message)).toMatch(/upgrade bug/);

    // Dexie aborted the versionchange transaction: the native version did not move (Dexie stores
    // version × 10) and the contacts it had already rewritten are back as they were.
    expect(await nativeVersion(name)).toBe(LATEST * 10);
    const old = new RelaisDB(name, { versions: SCHEMA_VERSIONS });
    const after = await readAll(old);
    old.close();
    expect(countRecords(after)).toBe(countRecords(sample));
    const latestStores = storesAt(SCHEMA_VERSIONS, LATEST);
    const want = inKeyOrder(sample, latestStores);
    for (const table of Object.keys(sample)) expect(inKeyOrder(after, latestStores)[table], table).toEqual(want[table]);

    // The release that fixes the bug upgrades the same database with nothing lost.
    const fixed = new RelaisDB(name, { versions: [...SCHEMA_VERSIONS, NEXT] });
    const upgraded = await readAll(fixed);
    expect(fixed.verno).toBe(NEXT.version);
    fixed.close();
    const nextStores = storesAt([...SCHEMA_VERSIONS, NEXT], NEXT.version);
    expect(inKeyOrder(upgraded, nextStores)).toEqual(inKeyOrder(NEXT_EXPECTATION(sample), nextStores));
    figures.failedUpgrades += 1;
    figures.upgraded += countRecords(sample);
  });

  it('a capture during a failed upgrade is refused with a clear reason and stays pending', async () => {
    const name = uniqueDbName('failing-capture');
    const sample = sampleV1({ contacts: 50, interactions: 100, introductions: 20, nextSteps: 600, recommendationsMade: 5, dueStates: 5 }, 3);
    await createAtVersion(name, SCHEMA_VERSIONS, LATEST, sample);
    const db = new RelaisDB(name, { versions: [...SCHEMA_VERSIONS, FAILING_NEXT] });
    const problems: StorageProblem[] = [];
    const forgotten: string[] = [];
    const ack = await writeCapture(
      {
        db,
        runtimeId: 'x',
        now: () => Date.UTC(2026, 10, 25),
        forgetPending: async (id) => void forgotten.push(id),
        storageProblems: { report: async (p) => void problems.push(p), resolved: async () => {} },
      },
      { captureId: 'capture-during-upgrade', kind: 'message-sent', at: 1, text: 'Bonjour', surface: 'thread', recipients: [{ name: 'Léa', profileUrl: 'https://www.linkedin.com/in/lea/' }] },
    );
    db.close();
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(ack.error).toMatch(/database could not be opened or upgraded.*upgrade bug.*kept and will be retried/);
    expect(problems.map((p) => [p.kind, p.captureIds])).toEqual([['upgrade-failed', ['capture-during-upgrade']]]);
    expect(forgotten).toEqual([]);
    const old = new RelaisDB(name, { versions: SCHEMA_VERSIONS });
    const latestStores = storesAt(SCHEMA_VERSIONS, LATEST);
    expect(inKeyOrder(await readAll(old), latestStores)).toEqual(inKeyOrder(sample, latestStores));
    old.close();
  });
});
