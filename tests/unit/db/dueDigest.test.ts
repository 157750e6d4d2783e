// The due digest is derived data kept by every write: whatever writes (a capture, the dashboard's
// edits, a merge, an import, a backup, an erase, a bare Dexie call), it must equal the digest made
// from scratch from the tables as they now stand — or, when it cannot follow, say so and be made
// again by its next reader. A write never lands beside a digest that ignores it.
import { liveQuery, type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { userActions } from '../../../utils/background/userActions';
import { importBackupText } from '../../../utils/backup/importBackup';
import { exportBackup } from '../../../utils/backup/exportBackup';
import { eraseEverything } from '../../../utils/backup/eraseEverything';
import { RelaisDB } from '../../../utils/db/database';
import { chainStateOf, introTimesOf } from '../../../utils/db/dueDigest/chainRows';
import { DUE_DIGEST_TABLE, entryOf, STALE_KEY, type DigestEntry } from '../../../utils/db/dueDigest/digestBucket';
import { introductionsRecord, openStepsRecord } from '../../../utils/db/dueDigest/digestLists';
import { readDueDigest } from '../../../utils/db/dueDigest/readDueDigest';
import { recordCapture } from '../../../utils/db/recordCapture';
import { countExchanges } from '../../../utils/rules/keptInTouch';
import { dueListEntries, dueListQuery } from '../../../utils/engine/dueListQuery';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import type { Contact, Interaction, Introduction } from '../../../utils/model/types';
import { prng } from '../../reliability/prng';
import { digestEntries, digestPeople } from '../../reliability/upgrade/harness';
import { fullScan, itemsOf, keysOf } from '../engine/fullScan';
import { fixtureFiles, NOW as IMPORT_NOW } from '../import/helpers';
import { act, DAY, intro, NOW, person } from '../rules/fixtures';

const open: RelaisDB[] = [];
let n = 0;
function db(extra?: Middleware<DBCore>): RelaisDB {
  const d = new RelaisDB(`relais-digest-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
  if (extra) d.use(extra);
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

/** The digest as it should be, from the tables alone, with the same definitions (entryOf, chainStateOf). */
async function fromScratch(d: RelaisDB): Promise<Map<string, unknown>> {
  const [contacts, interactions, introductions, steps] = await Promise.all([d.contacts.toArray(), d.interactions.toArray(), d.introductions.toArray(), d.nextSteps.toArray()]);
  const ids = new Set(contacts.map((c) => c.id));
  const times = introTimesOf(introductions, (id) => ids.has(id));
  const historyOf = (id: string) => interactions.filter((i) => i.contactId === id && Number.isFinite(i.at)).sort((a, b) => a.at - b.at || a.id! - b.id!);
  const exchanges = (id: string) => countExchanges(interactions.filter((i) => i.contactId === id));
  const out = new Map<string, unknown>(contacts.map((c) => [c.id, entryOf(c, times.has(c.id) ? chainStateOf(historyOf(c.id), times.get(c.id)!) : undefined, exchanges(c.id))]));
  if (introductions.length) out.set('list:introductions', introductionsRecord(introductions).rows);
  const open = [...openStepsRecord(steps).rows].sort(([x], [y]) => x - y);
  if (open.length) out.set('list:nextSteps', open);
  // People with history and no record: their exchanges wait for their record.
  const orphans = [...new Set(interactions.map((i) => i.contactId))]
    .filter((id) => !ids.has(id))
    .map((id) => [id, exchanges(id)] as const)
    .filter(([, e]) => e.sent || e.received)
    .map(([id, e]) => [id, [e.sent, e.received]] as [string, [number, number]])
    .sort(([x], [y]) => (x < y ? -1 : 1));
  if (orphans.length) out.set('list:orphanExchanges', orphans);
  return out;
}

async function expectInStep(d: RelaisDB, what: string) {
  expect(await digestEntries(d), what).toEqual(await fromScratch(d));
}

const capture = (over: Partial<CapturePayload>): CapturePayload => ({
  captureId: `cap_${Math.random().toString(36).slice(2, 12)}`,
  kind: 'message-sent',
  at: NOW,
  text: 'Bonjour',
  surface: 'thread',
  recipients: [{ name: 'Sophie Martin', profileUrl: 'https://www.linkedin.com/in/sophie-martin/' }],
  ...over,
});

describe('the due digest follows every writer', () => {
  it('captures, the dashboard’s edits, a merge, a backup restored, an erase', async () => {
    const d = db();
    await expectInStep(d, 'empty');
    const marc = person('marc', 'Marc Dupont', { lastInteractionAt: NOW - 40 * DAY });
    await d.contacts.add(marc);
    await d.interactions.add(act(marc, 'message-sent', NOW - 40 * DAY));
    await expectInStep(d, 'a contact and a message');

    await recordCapture(d, capture({ at: NOW - 20 * DAY }), NOW);
    await expectInStep(d, 'a capture creates Sophie');
    const sophie = 'linkedin:in/sophie-martin';
    expect((await userActions.setRecommender(d, { contactId: sophie, recommenderId: marc.id }, NOW)).ok).toBe(true);
    await expectInStep(d, 'Marc introduced Sophie: both are in a chain now');
    expect((await digestEntries(d))!.get(sophie)).toMatchObject({ chain: { rows: [{ kind: 'message-sent' }] } });

    await recordCapture(d, capture({ at: NOW - 10 * DAY, kind: 'message-sent' }), NOW);
    await userActions.logOutcome(d, { contactId: sophie, outcome: 'interview', at: NOW - 9 * DAY }, NOW);
    await expectInStep(d, 'a second message (not a step) and an interview (a step)');
    await userActions.markInformed(d, { recommenderId: marc.id, aboutContactId: sophie, at: NOW - 8 * DAY }, NOW);
    await expectInStep(d, 'Marc told');
    await userActions.addNextStep(d, { contactId: marc.id, text: 'Send the article', due: NOW - DAY, kind: 'promise' }, NOW);
    await userActions.addNextStep(d, { contactId: sophie, text: 'Coffee', due: NOW + 3 * DAY, kind: 'next-step' }, NOW);
    await expectInStep(d, 'two next steps');
    const [article] = await d.nextSteps.where('contactId').equals(marc.id).primaryKeys();
    await userActions.completeNextStep(d, { id: article! }, NOW);
    await expectInStep(d, 'a promise kept');
    await userActions.setContactFields(d, { contactId: marc.id, tier: 'close', cadenceDays: 12 }, NOW);
    await userActions.setContactFields(d, { contactId: sophie, tier: null, cadenceDays: null }, NOW);
    await expectInStep(d, 'tiers and own cadences');

    // The same person under their member id, merged into Sophie: rows move over.
    const twin = person('ACoAAB1234567890', 'Sophie Martin', { lastInteractionAt: NOW - 2 * DAY });
    await d.contacts.add(twin);
    await d.interactions.add(act(twin, 'meeting', NOW - 2 * DAY));
    await d.introductions.add(intro(twin, marc, NOW - 30 * DAY));
    await expectInStep(d, 'a twin in a chain of its own');
    expect((await userActions.mergeContacts(d, { keepId: sophie, dropId: twin.id }, NOW)).ok).toBe(true);
    await expectInStep(d, 'merged');
    expect((await digestEntries(d))!.has(twin.id)).toBe(false);

    expect((await userActions.setRecommender(d, { contactId: sophie, recommenderId: null }, NOW)).ok).toBe(true);
    await expectInStep(d, 'recommender removed');

    const backup = (await exportBackup(d, NOW)).text;
    await eraseEverything(
      d,
      async () => {},
      async () => {},
    );
    expect((await digestEntries(d))!.size).toBe(0);
    await expectInStep(d, 'erased');
    expect((await importBackupText(d, backup)).ok).toBe(true);
    await expectInStep(d, 'backup restored');
    expect(digestPeople((await digestEntries(d))!)).toHaveLength(2);
  });

  it('an import of LinkedIn’s export, then a second one over it', async () => {
    const d = db();
    expect((await runImport(d, fixtureFiles('2021'), { now: IMPORT_NOW })).ok).toBe(true);
    await expectInStep(d, 'first import');
    const contacts = await d.contacts.count();
    expect(contacts).toBeGreaterThan(5);
    expect((await runImport(d, fixtureFiles('2026'), { now: IMPORT_NOW })).ok).toBe(true);
    await expectInStep(d, 'second import');
  });

  it('Dexie’s own calls: bulk writes with a refused row kept out, modify, deletes by range and by query, clear, a transaction rolled back', async () => {
    const d = db();
    const people = Array.from({ length: 40 }, (_, k) => person(`p${k}`, `Person ${k}`, { lastInteractionAt: NOW - k * 5 * DAY, tier: (['close', 'weak', undefined] as const)[k % 3] }));
    await d.contacts.bulkAdd(people);
    await d.introductions.bulkAdd([intro(people[0], people[1], NOW - 90 * DAY), intro(people[1], people[2], NOW - 80 * DAY), intro(people[3], people[4], NOW - 70 * DAY)]);
    await d.interactions.bulkAdd(people.flatMap((p, k) => [act(p, 'message-sent', NOW - k * 5 * DAY), act(p, 'meeting', NOW - k * 4 * DAY)]));
    await expectInStep(d, 'bulk adds');

    // A bulk add whose caller catches the refused row: the others land, and only they count.
    await d.transaction('rw', d.contacts, d.interactions, async () => {
      // people[5] exists: its add is refused, and what it says must not reach the digest.
      const refused = { ...people[5], tier: 'close' as const, lastInteractionAt: NOW - 3 * DAY };
      await d.contacts.bulkAdd([person('new-1', 'New One', { lastInteractionAt: NOW - 100 * DAY }), refused, person('new-2', 'New Two')]).catch(() => {});
      await d.interactions.bulkAdd([act('linkedin:in/new-1', 'message-sent', NOW - 100 * DAY), { ...act(people[2], 'outcome', NOW - DAY), outcome: 'offer' }]);
    });
    expect(await d.contacts.get('linkedin:in/new-2')).toBeDefined();
    await expectInStep(d, 'a refused row in a bulk add');

    await d.contacts.where('tier').equals('weak').modify({ cadenceDays: 20 });
    await d.contacts.toCollection().modify((c) => {
      if (c.id.endsWith('7')) c.lastInteractionAt = NOW - DAY;
    });
    await d.interactions.where('contactId').equals(people[2].id).modify({ contactId: people[4].id });
    await expectInStep(d, 'modify, moving rows from one chain to another');

    await d.interactions.where('kind').equals('meeting').delete();
    await d.contacts.where('id').between('linkedin:in/p2', 'linkedin:in/p3').delete();
    await d.introductions.where('recommenderId').equals(people[3].id).delete();
    await expectInStep(d, 'deletes by index and by key range');

    await expect(
      d.transaction('rw', d.contacts, d.interactions, d.introductions, async () => {
        await d.contacts.put(person('ghost', 'Ghost', { lastInteractionAt: NOW - 300 * DAY }));
        await d.introductions.add(intro(people[0], 'linkedin:in/ghost', NOW - 300 * DAY));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await digestEntries(d))!.has('linkedin:in/ghost')).toBe(false);
    await expectInStep(d, 'a transaction rolled back');

    await d.nextSteps.bulkAdd(people.slice(0, 6).map((p, k) => ({ contactId: p.id, kind: 'promise' as const, text: `t${k}`, createdAt: NOW - 9 * DAY, due: NOW - k * DAY })));
    await d.nextSteps.where('due').below(NOW - 2 * DAY).modify({ doneAt: NOW });
    await d.nextSteps.where('due').equals(NOW).delete();
    await expectInStep(d, 'next steps added, some done, one deleted');
    await d.nextSteps.clear();
    await expectInStep(d, 'next steps cleared');

    await d.interactions.clear();
    await expectInStep(d, 'every history cleared: chains are empty, people stay in them');
    await d.introductions.clear();
    await expectInStep(d, 'every introduction cleared: no chains');
    await d.contacts.clear();
    await expectInStep(d, 'every contact cleared');
  });

  it('hundreds of random writes of every kind, checked after each', { timeout: 60_000 }, async () => {
    const d = db();
    const r = prng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const ids = Array.from({ length: 12 }, (_, k) => `linkedin:in/r${k}`);
    const kinds = ['message-sent', 'message-received', 'invite-sent', 'meeting', 'call', 'outcome', 'update-sent', 'give'] as const;
    const when = () => NOW - Math.floor(r() * 400) * DAY - (r() < 0.2 ? 0 : Math.floor(r() * DAY));
    const contact = (id: string): Contact => ({
      ...person(id.slice('linkedin:in/'.length), `R ${id}`),
      lastInteractionAt: r() < 0.9 ? when() : undefined,
      createdAt: when(),
      tier: pick(['close', 'regular', 'weak', undefined, 'bogus' as never]),
      cadenceDays: pick([undefined, undefined, 7, 30, '9' as never, NaN]),
    });
    const row = (): Interaction => ({
      ...act(pick(ids), pick(kinds), when()),
      source: pick(['capture', 'import', 'manual'] as const),
      asks: r() < 0.3 ? ['update'] : undefined,
      aboutContactId: r() < 0.2 ? pick(ids) : undefined,
    });
    const introduction = (): Introduction => intro(pick(ids), pick(ids), when());
    const ops: (() => Promise<unknown>)[] = [
      () => d.contacts.put(contact(pick(ids))),
      () => d.contacts.bulkPut([contact(pick(ids)), contact(pick(ids))]),
      () => d.contacts.delete(pick(ids)),
      () => d.contacts.update(pick(ids), { lastInteractionAt: when() }),
      () => d.interactions.add(row()),
      () => d.interactions.bulkAdd([row(), row(), row()]),
      async () => {
        const all = await d.interactions.toCollection().primaryKeys();
        if (all.length) await d.interactions.delete(pick(all));
      },
      async () => {
        const all = await d.interactions.toArray();
        if (all.length) await d.interactions.put({ ...pick(all), contactId: pick(ids), at: when() });
      },
      () => d.introductions.add(introduction()).catch(() => {}),
      async () => {
        const all = await d.introductions.toCollection().primaryKeys();
        if (all.length) await d.introductions.delete(pick(all));
      },
      () => d.interactions.where('contactId').equals(pick(ids)).modify({ contactId: pick(ids) }),
      () => d.nextSteps.add({ contactId: pick(ids), kind: pick(['promise', 'next-step'] as const), text: 'x', createdAt: when(), due: when() }),
      async () => {
        const all = await d.nextSteps.toCollection().primaryKeys();
        if (all.length) await d.nextSteps.update(pick(all), r() < 0.7 ? { doneAt: when() } : { doneAt: undefined, due: when() });
      },
      async () => {
        const all = await d.nextSteps.toCollection().primaryKeys();
        if (all.length) await d.nextSteps.delete(pick(all));
      },
    ];
    // The walk must go through the cases that matter: people in chains with rows, people in none, open steps.
    // And exchanges counted both ways, and kept for people whose record is missing or gone.
    const seen = { chained: 0, unchained: 0, steps: 0, twoWay: 0, orphans: 0 };
    for (let k = 0; k < 300; k++) {
      await pick(ops)();
      if (k % 3 !== 0) continue;
      await expectInStep(d, `after write ${k}`);
      const entries = await digestEntries(d);
      const people = digestPeople(entries!).map((id) => entries!.get(id) as DigestEntry);
      seen.chained = Math.max(seen.chained, people.filter((e) => e.chain?.rows.length).length);
      seen.unchained = Math.max(seen.unchained, people.filter((e) => !e.chain).length);
      seen.steps = Math.max(seen.steps, (entries!.get('list:nextSteps') as unknown[] | undefined)?.length ?? 0);
      seen.twoWay = Math.max(seen.twoWay, people.filter((e) => e.sent > 1 && e.received > 1).length);
      seen.orphans = Math.max(seen.orphans, (entries!.get('list:orphanExchanges') as unknown[] | undefined)?.length ?? 0);
    }
    await expectInStep(d, 'at the end');
    expect(seen.chained).toBeGreaterThan(1);
    expect(seen.unchained).toBeGreaterThan(0);
    expect(seen.steps).toBeGreaterThan(2);
    expect(seen.twoWay).toBeGreaterThan(2);
    expect(seen.orphans).toBeGreaterThan(0);
  });
});

/** Refuses writes to the digest's buckets (or to everything of it) below the digest's own middleware. */
function refuseDigestWrites(what: 'buckets' | 'all'): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'refuse-digest-writes',
    level: -3,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== DUE_DIGEST_TABLE) return t;
        return {
          ...t,
          mutate: (req) => {
            const staleOnly = req.type === 'put' && req.values.every((v) => (v as { bucket: unknown }).bucket === STALE_KEY);
            if (what === 'all' || !staleOnly) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return t.mutate(req);
          },
        };
      },
    }),
  };
}

describe('when the digest cannot follow', () => {
  it('the write lands, the digest is marked stale, and its next reader makes it again', async () => {
    const d = db(refuseDigestWrites('buckets'));
    const c = person('late', 'Late Contact', { tier: 'close', lastInteractionAt: NOW - 200 * DAY });
    await d.contacts.add(c);
    await d.interactions.add(act(c, 'message-sent', NOW - 200 * DAY));
    expect(await d.contacts.get(c.id)).toBeDefined();
    expect(await d.table(DUE_DIGEST_TABLE).get(STALE_KEY)).toBeDefined();
    // The reader's rebuild writes through the same refusal: open the database without it.
    d.close();
    const again = new RelaisDB(d.name);
    open.push(again);
    const page = await dueListQuery(again, undefined, NOW);
    expect(keysOf(itemsOf(page))).toEqual(keysOf(await fullScan(again, undefined, NOW)));
    expect(itemsOf(page).map((i) => i.finding.contactId)).toEqual([c.id]);
    expect(await again.table(DUE_DIGEST_TABLE).get(STALE_KEY)).toBeUndefined();
    await expectInStep(again, 'made again');
  });

  it('when even the mark cannot be written (a full disk), the write fails whole: nothing lands', async () => {
    const d = db(refuseDigestWrites('all'));
    await expect(d.contacts.add(person('nope', 'Not Written'))).rejects.toThrow();
    await expect(
      d.transaction('rw', d.contacts, d.interactions, async () => {
        await d.contacts.add(person('nope2', 'Not Written Either'));
        await d.interactions.add(act('linkedin:in/nope2', 'message-sent', NOW));
      }),
    ).rejects.toThrow();
    expect(await d.contacts.count()).toBe(0);
    expect(await d.interactions.count()).toBe(0);
  });

  it('a damaged bucket is made again by any reader; a digest that lost people, by a verifying one', async () => {
    const d = db();
    const people = Array.from({ length: 30 }, (_, k) => person(`d${k}`, `D ${k}`, { lastInteractionAt: NOW - (k + 1) * 20 * DAY }));
    await d.contacts.bulkAdd(people);
    const want = await digestEntries(d);
    const [first] = await d.table(DUE_DIGEST_TABLE).toArray();
    await d.table(DUE_DIGEST_TABLE).put({ ...first, last: 'not a column' });
    await readDueDigest(d);
    expect(await digestEntries(d)).toEqual(want);

    // A bucket gone (as a raw IndexedDB write could do): only a verifying read notices.
    await d.table(DUE_DIGEST_TABLE).delete(first.bucket);
    await readDueDigest(d);
    expect((await digestEntries(d))!.size).toBeLessThan(want!.size);
    await readDueDigest(d, { verify: true });
    expect(await digestEntries(d)).toEqual(want);
  });
});

describe('pages that show the due list live', () => {
  it('hear of a write through the digest: a live query of the due list follows a capture', async () => {
    const d = db();
    const marc = person('marc', 'Marc Dupont', { tier: 'regular', lastInteractionAt: NOW - 200 * DAY });
    await d.contacts.add(marc);
    const seen: string[][] = [];
    const sub = liveQuery(() => dueListEntries(d, undefined, NOW)).subscribe((entries) => seen.push(entries.map((e) => e.writeTo)));
    await expect.poll(() => seen.at(-1)).toEqual([marc.id]);
    // Marc hears from you: his reminder goes, with nothing else read by the query changing.
    await recordCapture(d, capture({ at: NOW - DAY, recipients: [{ name: 'Marc Dupont', profileUrl: 'https://www.linkedin.com/in/marc/' }] }), NOW);
    await expect.poll(() => seen.at(-1)).toEqual([]);
    sub.unsubscribe();
  });
});
