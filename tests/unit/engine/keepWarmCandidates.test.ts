import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { CHUNK, keepWarmCandidates } from '../../../utils/engine/keepWarmCandidates';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DAY, NOW, person } from '../rules/fixtures';

const open: RelaisDB[] = [];
const db = (versions = SCHEMA_VERSIONS) => {
  const d = new RelaisDB(`relais-kw-${process.pid}-${Math.random().toString(36).slice(2)}`, { versions });
  open.push(d);
  return d;
};
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

describe('keepWarmCandidates: everyone whose keep-warm reminder may be due, read in chunks', () => {
  it('reads each of them once, when many share one last exchange (more than a chunk, and across chunk ends)', async () => {
    const d = db();
    const same = NOW - 400 * DAY;
    const people = [
      ...Array.from({ length: CHUNK - 3 }, (_, k) => person(`early-${k}`, `E ${k}`, { lastInteractionAt: NOW - 900 * DAY + k })),
      ...Array.from({ length: CHUNK + 200 }, (_, k) => person(`same-${k}`, `S ${k}`, { lastInteractionAt: same })),
      ...Array.from({ length: 700 }, (_, k) => person(`late-${k}`, `L ${k}`, { lastInteractionAt: NOW - 300 * DAY + k * 1000 })),
      // Too recent for anyone's cadence, or with no history: not read.
      ...Array.from({ length: 50 }, (_, k) => person(`fresh-${k}`, `F ${k}`, { lastInteractionAt: NOW - DAY })),
      person('never', 'N'),
    ];
    await d.contacts.bulkAdd(people);
    const got = await keepWarmCandidates(d, DEFAULT_SETTINGS, NOW);
    const ids = got.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(people.filter((p) => p.lastInteractionAt !== undefined && p.lastInteractionAt < NOW - 2 * DAY).map((p) => p.id).sort());
  });

  it('an own cadence shorter than every tier’s widens the range; before the upgrade (schema 1) everyone with a history is read', async () => {
    const recent = person('recent', 'R', { lastInteractionAt: NOW - 10 * DAY });
    const weekly = person('weekly', 'W', { lastInteractionAt: NOW - 10 * DAY, cadenceDays: 7 });
    const v2 = db();
    await v2.contacts.bulkAdd([recent]);
    expect(await keepWarmCandidates(v2, DEFAULT_SETTINGS, NOW)).toEqual([]);
    await v2.contacts.add(weekly);
    expect((await keepWarmCandidates(v2, DEFAULT_SETTINGS, NOW)).map((c) => c.id).sort()).toEqual([recent.id, weekly.id]);
    const v1 = db(SCHEMA_VERSIONS.filter((v) => v.version === 1));
    await v1.contacts.bulkAdd([recent, person('none', 'N')]);
    expect((await keepWarmCandidates(v1, DEFAULT_SETTINGS, NOW)).map((c) => c.id)).toEqual([recent.id]);
  });
});
