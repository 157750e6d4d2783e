import { describe, expect, it } from 'vitest';
import { recordCapture } from '../../../utils/db/recordCapture';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import { freshDb } from './testDb';

const NOW = Date.UTC(2026, 10, 25, 10, 0);

function capture(over: Partial<CapturePayload> = {}): CapturePayload {
  return {
    captureId: 'cap_0001abcd',
    kind: 'message-sent',
    at: NOW,
    text: 'Bonjour Sophie,\nMarc Dupont m’a conseillé de vous écrire 🙂',
    surface: 'thread',
    threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
    recipients: [{ name: 'Sophie Martin', profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/' }],
    ...over,
  };
}

describe('recordCapture', () => {
  it('stores a sent message for its recipient, text intact, and starts their keep-in-touch clock', async () => {
    const db = freshDb();
    const result = await recordCapture(db, capture(), NOW);
    expect(result).toMatchObject({ stored: 1, duplicate: false, contactIds: ['linkedin:in/sophie-martin-42'] });
    const [row] = await db.interactions.toArray();
    expect(row.text).toBe('Bonjour Sophie,\nMarc Dupont m’a conseillé de vous écrire 🙂');
    expect(row.kind).toBe('message-sent');
    const contact = await db.contacts.get('linkedin:in/sophie-martin-42');
    expect(contact?.name).toBe('Sophie Martin');
    expect(contact?.lastInteractionAt).toBe(NOW);
  });

  it('writes a retried capture exactly once', async () => {
    const db = freshDb();
    await recordCapture(db, capture(), NOW);
    const again = await recordCapture(db, capture(), NOW + 5000);
    expect(again.duplicate).toBe(true);
    expect(await db.interactions.count()).toBe(1);
  });

  it('records every recipient of a group message, each knowing the others', async () => {
    const db = freshDb();
    await recordCapture(
      db,
      capture({
        recipients: [
          { name: 'Sophie Martin', profileUrl: '/in/sophie-martin-42/' },
          { name: 'Paul Durand', profileUrl: '/in/paul-durand/' },
          { name: 'Anna Lee', profileUrl: '/in/anna-lee-7/' },
        ],
      }),
      NOW,
    );
    const rows = await db.interactions.toArray();
    expect(rows.map((r) => r.contactId).sort()).toEqual(['linkedin:in/anna-lee-7', 'linkedin:in/paul-durand', 'linkedin:in/sophie-martin-42']);
    const paul = rows.find((r) => r.contactId === 'linkedin:in/paul-durand')!;
    expect(paul.groupContactIds?.sort()).toEqual(['linkedin:in/anna-lee-7', 'linkedin:in/sophie-martin-42']);
  });

  it('keeps the same person as one contact across overlay (member id) and profile (slug)', async () => {
    const { recordPageSeen } = await import('../../../utils/db/recordPageSeen');
    const db = freshDb();
    const memberUrl = '/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345';
    await recordCapture(db, capture({ surface: 'overlay', recipients: [{ name: 'Sophie Martin', profileUrl: memberUrl }] }), NOW);
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual(['linkedin:in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345']);
    await recordPageSeen(
      db,
      {
        kind: 'profile',
        name: 'Sophie Martin',
        profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/',
        memberProfileUrl: memberUrl,
        headline: 'Head of Talent at Acme',
        degree: 2,
        mutualNames: [],
        hiring: true,
        openToWork: false,
      },
      NOW + 1000,
    );
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: 'linkedin:in/sophie-martin-42', hiring: true, degree: 2 });
    expect(contacts[0].aliases).toContain('linkedin:in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345');
    const [row] = await db.interactions.toArray();
    expect(row.contactId).toBe('linkedin:in/sophie-martin-42');
    // A later overlay send to the member id lands on the same contact.
    await recordCapture(db, capture({ captureId: 'cap_0002abcd', surface: 'overlay', recipients: [{ name: 'Sophie Martin', profileUrl: memberUrl }] }), NOW + 2000);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.interactions.where('contactId').equals('linkedin:in/sophie-martin-42').count()).toBe(2);
  });

  it('flags a probable duplicate (same name and headline, unlinked ids) without merging it', async () => {
    const { recordPageSeen } = await import('../../../utils/db/recordPageSeen');
    const db = freshDb();
    await recordCapture(db, capture({ recipients: [{ name: 'Sophie Martin', profileUrl: '/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345', headline: 'CTO' }] }), NOW);
    await recordPageSeen(db, { kind: 'profile', name: 'Sophie Martin', profileUrl: '/in/sophie-martin-42', headline: 'CTO', mutualNames: [], hiring: false, openToWork: false }, NOW);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(2);
    for (const c of contacts) expect(c.possibleDuplicates).toEqual([contacts.find((o) => o.id !== c.id)!.id]);
  });
});
