import { afterEach, describe, expect, it } from 'vitest';
import { loadNameList, matchNames } from '../../../components/actions/searchContacts';
import type { RelaisDB } from '../../../utils/db/database';
import { freshDb } from '../db/testDb';
import { person } from '../rules/fixtures';

let db: RelaisDB;
afterEach(async () => db?.delete());

describe('finding a recommender by name', () => {
  it('matches every word anywhere in the name, accents and case ignored, leaving out the contact themselves', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([
      person('lea', 'Léa Marchand'),
      person('marc', 'Marc Dupont'),
      person('anne', 'Anne-Sophie Marchal'),
      person('self', 'Léa Martin'),
    ]);
    const list = await loadNameList(db);
    expect(matchNames(list, 'lea')).toEqual(['linkedin:in/lea', 'linkedin:in/self']);
    expect(matchNames(list, 'MARCH')).toEqual(['linkedin:in/anne', 'linkedin:in/lea']);
    expect(matchNames(list, 'léa mar', ['linkedin:in/self'])).toEqual(['linkedin:in/lea']);
    expect(matchNames(list, '   ')).toEqual([]);
    expect(matchNames(list, 'zorro')).toEqual([]);
  });

  it('stops at the limit', async () => {
    db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: 30 }, (_, k) => person(`p${k}`, `Paul ${k}`)));
    expect(matchNames(await loadNameList(db), 'paul', [], 8)).toHaveLength(8);
  });
});
