import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '../../../utils/background/tabState';
import type { RelaisDB } from '../../../utils/db/database';
import { CheckCache } from '../../../utils/engine/checkCache';
import { checkConversation } from '../../../utils/engine/check/checkConversation';
import type { ConversationCheck } from '../../../utils/engine/check/types';
import type { Contact } from '../../../utils/model/types';
import { freshDb } from '../db/testDb';
import { act, DAY, intro, NOW, person } from '../rules/fixtures';

// The background checks every draft of a conversation with the reads of the previous one kept
// (checkCache.ts). A user must never see a different checklist because of it: the same drafts
// give the same check with and without the cache, and a write is seen once the cache is cleared.

const THREAD = 'https://www.linkedin.com/messaging/thread/2-abc/';
const daniel = person('daniel-okafor', 'Daniel Okafor', { degree: 2, title: 'Data engineer', company: 'Nordlys' });
const marc = person('marc-dupont', 'Marc Dupont', { degree: 1 });
const lea = person('lea-girard', 'Léa Girard', { degree: 1 });

function draftTo(c: Contact, text: string, at = NOW): TabState {
  return {
    status: { url: THREAD, recognised: true, pageKind: 'thread', at: at - 5_000 },
    draft: { surface: 'thread', text, threadUrl: THREAD, recipients: [{ name: c.name, profileUrl: `https://www.linkedin.com/in/${c.id.slice(12)}/` }], at },
  };
}

const DRAFTS = [
  'Bonjour Daniel',
  'Bonjour Daniel, Marc Dupont m’a conseillé de vous écrire.',
  'Bonjour Daniel, Marc Dupont m’a conseillé de vous écrire. Pourriez-vous me recommander pour le poste de data engineer ?',
  'Bonjour Daniel, Léa Girard m’a conseillé de vous écrire. Auriez-vous 20 minutes pour me raconter votre parcours ?',
  'Hello Daniel, could you refer me for the opening on your team?',
  '',
];

let db: RelaisDB;
afterEach(async () => db?.delete());

async function seed() {
  db = freshDb();
  await db.contacts.bulkAdd([daniel, marc, lea]);
  await db.introductions.bulkAdd([intro(marc, daniel, NOW - 40 * DAY)]);
  await db.interactions.bulkAdd([
    act(marc, 'message-sent', NOW - 41 * DAY),
    act(daniel, 'message-sent', NOW - 39 * DAY, { text: 'Bonjour Daniel, de la part de Marc.' }),
    act(daniel, 'message-received', NOW - 30 * DAY, { text: 'Avec plaisir, appelons-nous.' }),
    act(daniel, 'meeting', NOW - 20 * DAY),
  ]);
}

/** What the user sees of a check: the checklist marks, findings and draft findings, per contact. */
const seen = (c: ConversationCheck) =>
  c.contacts.map((k) => ({
    checklist: k.checklist.map((i) => [i.id, i.ok, i.reason.en]),
    findings: k.findings.map((f) => f.key),
    draft: k.draftFindings.map((f) => f.key),
    owed: k.owed.map((o) => o.key),
    recommenders: k.recommenders,
  }));

describe('checking drafts with the reads of the previous draft kept', () => {
  it('gives, draft after draft, exactly the check computed from scratch', async () => {
    await seed();
    const cache = new CheckCache();
    for (const [k, text] of DRAFTS.entries()) {
      const at = NOW + k * 1000;
      const fresh = await checkConversation(db, { state: draftTo(daniel, text, at) }, undefined, at);
      const cached = await checkConversation(db, { state: draftTo(daniel, text, at) }, undefined, at, { cache });
      expect(seen(cached)).toEqual(seen(fresh));
      expect(cached.draftSeverity).toBe(fresh.draftSeverity);
    }
    // The first draft filled it; the others reused it rather than adding one entry per keystroke.
    expect(cache.size).toBeLessThan(12);
  });

  it('does not read the history again between drafts of the same conversation', async () => {
    await seed();
    const cache = new CheckCache();
    await checkConversation(db, { state: draftTo(daniel, DRAFTS[1]) }, undefined, NOW, { cache });
    let reads = 0;
    const count = () => void reads++;
    db.interactions.hook('reading', (x) => (count(), x));
    await checkConversation(db, { state: draftTo(daniel, DRAFTS[2], NOW + 500) }, undefined, NOW + 500, { cache });
    expect(reads).toBe(0);
  });

  it('sees a new message once the cache is cleared (the background clears it on every write)', async () => {
    await seed();
    const cache = new CheckCache();
    const before = await checkConversation(db, { state: draftTo(daniel, DRAFTS[1]) }, undefined, NOW, { cache });
    const told = (c: ConversationCheck) => c.contacts[0].checklist.find((i) => i.id === 'recommenders-informed')!.ok;
    expect(told(before)).toBe(false);
    await db.interactions.add(act(marc, 'update-sent', NOW - 10 * DAY, { aboutContactId: daniel.id }));
    cache.clear();
    const after = await checkConversation(db, { state: draftTo(daniel, DRAFTS[1]) }, undefined, NOW, { cache });
    expect(seen(after)).toEqual(seen(await checkConversation(db, { state: draftTo(daniel, DRAFTS[1]) }, undefined, NOW)));
    expect(told(after)).toBe(true);
  });

  it('forgets an entry after its lifetime, so a write nobody announced is seen within it', async () => {
    let clock = 0;
    const cache = new CheckCache(64, 1000, () => clock);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    clock = 999;
    expect(await cache.get('a', load)).toBe(1);
    clock = 2001;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('keeps a bounded number of entries, the least recently used evicted first, and forgets failed loads', async () => {
    const cache = new CheckCache(2);
    const value = (v: string) => async () => v;
    await cache.get('a', value('a1'));
    await cache.get('b', value('b1'));
    await cache.get('a', value('a2')); // a is now the most recent
    await cache.get('c', value('c1')); // evicts b
    expect(await cache.get('a', value('a3'))).toBe('a1');
    expect(await cache.get('b', value('b2'))).toBe('b2');
    await expect(cache.get('x', () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await cache.get('x', value('x2'))).toBe('x2');
  });
});
