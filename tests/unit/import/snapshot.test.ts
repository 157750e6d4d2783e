import { describe, expect, it } from 'vitest';
import { recordCapture } from '../../../utils/db/recordCapture';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { readSnapshot } from '../../../utils/import/linkedin-export/write/snapshot';
import { freshDb } from '../db/testDb';
import { NOW, zipOfEra } from './helpers';

describe('what the import reads of the database', () => {
  it('reads every contact and key across page boundaries, and finds the live captures among them', async () => {
    const db = freshDb();
    await runImport(db, [zipOfEra('2026')], { now: NOW });
    await recordCapture(
      db,
      { captureId: 'cap_x', kind: 'message-sent', at: NOW, text: 'Hi', surface: 'thread', recipients: [{ name: 'Paul Durand', profileUrl: '/in/paul-durand/' }] },
      NOW,
    );
    const whole = await readSnapshot(db);
    const paged = await readSnapshot(db, 3);
    expect(paged.contacts.map((c) => c.id)).toEqual(whole.contacts.map((c) => c.id));
    expect(paged.contacts).toHaveLength(await db.contacts.count());
    expect([...paged.interactionKeys].sort()).toEqual([...whole.interactionKeys].sort());
    expect(paged.interactionKeys.size).toBe(await db.interactions.count());
    expect(paged.liveSent).toEqual([{ contactId: 'linkedin:in/paul-durand', kind: 'message-sent', at: NOW, text: 'Hi' }]);
    expect(paged.recommendationsMade).toHaveLength(3);
  });
});
