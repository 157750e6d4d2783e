import type { RelaisDB } from '../db/database';
import { findContact, mergeContacts } from '../db/contactIdentity';
import type { PageData } from '../messaging/validatePage';
import type { Ack } from '../messaging/payloads';
import type { Contact, ContactId, Interaction } from '../model/types';

/**
 * The user's own edits, written by the background after validation. Each returns a clear refusal
 * when it names someone Relais does not know, and changes nothing then.
 */
type Handler<K extends keyof UserActionData> = (db: RelaisDB, data: UserActionData[K], now: number) => Promise<Ack>;

interface UserActionData {
  setRecommender: PageData<'setRecommender'>;
  logOutcome: PageData<'logOutcome'>;
  markInformed: PageData<'markInformed'>;
  addNextStep: PageData<'addNextStep'>;
  completeNextStep: PageData<'completeNextStep'>;
  logGive: PageData<'logGive'>;
  setContactFields: PageData<'setContactFields'>;
  snoozeDue: PageData<'snoozeDue'>;
  dismissDue: PageData<'dismissDue'>;
  mergeContacts: PageData<'mergeContacts'>;
  keepApart: PageData<'keepApart'>;
  recordRecommendation: PageData<'recordRecommendation'>;
  setRecommendationOutcome: PageData<'setRecommendationOutcome'>;
}

const unknownContact = (id: string): Ack => ({ ok: false, error: `unknown contact ${id}` });

async function resolve(db: RelaisDB, id: ContactId): Promise<Contact | undefined> {
  return findContact(db, id);
}

function manualKey(kind: string, now: number): string {
  return `manual:${kind}:${now}:${Math.random().toString(36).slice(2, 10)}`;
}

async function touch(db: RelaisDB, contactId: ContactId, at: number): Promise<void> {
  const c = await db.contacts.get(contactId);
  if (c && (c.lastInteractionAt ?? 0) < at) await db.contacts.update(contactId, { lastInteractionAt: at });
}

async function addInteraction(db: RelaisDB, row: Omit<Interaction, 'key' | 'site' | 'source'>, now: number): Promise<void> {
  await db.interactions.add({ ...row, key: manualKey(row.kind, now), site: 'linkedin', source: 'manual', surface: 'manual' });
  await touch(db, row.contactId, row.at);
}

export const userActions: { [K in keyof UserActionData]: Handler<K> } = {
  async setRecommender(db, { contactId, recommenderId }, now) {
    const contact = await resolve(db, contactId);
    if (!contact) return unknownContact(contactId);
    return db.transaction('rw', db.introductions, db.contacts, db.interactions, async () => {
      await db.introductions.where('contactId').equals(contact.id).delete();
      if (recommenderId === null) return { ok: true } as Ack;
      const recommender = await resolve(db, recommenderId);
      if (!recommender) return unknownContact(recommenderId);
      if (recommender.id === contact.id) return { ok: false, error: 'a contact cannot be their own recommender' } as Ack;
      // The introduction came before anything that happened with this person, even when the user
      // records it later: date it at their first interaction so every step since counts.
      const first = await db.interactions.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).first();
      await db.introductions.add({ recommenderId: recommender.id, contactId: contact.id, at: Math.min(now, first?.at ?? now), source: 'manual' });
      return { ok: true } as Ack;
    });
  },

  async logOutcome(db, { contactId, outcome, at, note }, now) {
    const contact = await resolve(db, contactId);
    if (!contact) return unknownContact(contactId);
    const kind = outcome === 'meeting' ? 'meeting' : 'outcome';
    await db.transaction('rw', db.interactions, db.contacts, () =>
      addInteraction(db, { contactId: contact.id, kind, outcome, at: at ?? now, text: note }, now),
    );
    return { ok: true };
  },

  async markInformed(db, { recommenderId, aboutContactId, at }, now) {
    const recommender = await resolve(db, recommenderId);
    if (!recommender) return unknownContact(recommenderId);
    const about = await resolve(db, aboutContactId);
    if (!about) return unknownContact(aboutContactId);
    await db.transaction('rw', db.interactions, db.contacts, () =>
      addInteraction(db, { contactId: recommender.id, kind: 'update-sent', aboutContactId: about.id, at: at ?? now, asks: ['update'] }, now),
    );
    return { ok: true };
  },

  async addNextStep(db, { contactId, text, due, kind }, now) {
    const contact = await resolve(db, contactId);
    if (!contact) return unknownContact(contactId);
    await db.nextSteps.add({ contactId: contact.id, text, due, kind, createdAt: now });
    return { ok: true };
  },

  async completeNextStep(db, { id }, now) {
    const updated = await db.nextSteps.update(id, { doneAt: now });
    return updated ? { ok: true } : { ok: false, error: `unknown next step ${id}` };
  },

  async logGive(db, { contactId, giveKind, text }, now) {
    const contact = await resolve(db, contactId);
    if (!contact) return unknownContact(contactId);
    await db.transaction('rw', db.interactions, db.contacts, () => addInteraction(db, { contactId: contact.id, kind: 'give', giveKind, text, at: now }, now));
    return { ok: true };
  },

  async setContactFields(db, patch, now) {
    const contact = await resolve(db, patch.contactId);
    if (!contact) return unknownContact(patch.contactId);
    const update: Partial<Contact> = { updatedAt: now };
    if (patch.tier !== undefined) update.tier = patch.tier ?? undefined;
    if (patch.cadenceDays !== undefined) update.cadenceDays = patch.cadenceDays ?? undefined;
    if (patch.workedWith !== undefined) update.workedWith = patch.workedWith;
    if (patch.notes !== undefined) update.notes = patch.notes;
    if (patch.reachOverrides) {
      const next = { ...(contact.reachOverrides ?? {}) };
      for (const [ask, verdict] of Object.entries(patch.reachOverrides)) {
        if (verdict === null || verdict === undefined) delete next[ask as keyof typeof next];
        else next[ask as keyof typeof next] = verdict;
      }
      update.reachOverrides = next;
    }
    await db.contacts.update(contact.id, update);
    return { ok: true };
  },

  async snoozeDue(db, { key, until }) {
    await db.dueStates.put({ ...((await db.dueStates.get(key)) ?? { key }), snoozedUntil: until });
    return { ok: true };
  },

  async dismissDue(db, { key }, now) {
    await db.dueStates.put({ ...((await db.dueStates.get(key)) ?? { key }), dismissedAt: now });
    return { ok: true };
  },

  async mergeContacts(db, { keepId, dropId }, now) {
    if (keepId === dropId) return { ok: false, error: 'cannot merge a contact with itself' };
    if (!(await db.contacts.get(keepId))) return unknownContact(keepId);
    if (!(await db.contacts.get(dropId))) return unknownContact(dropId);
    await mergeContacts(db, keepId, dropId, now);
    return { ok: true };
  },

  async keepApart(db, { a, b }) {
    await db.transaction('rw', db.contacts, async () => {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        const c = await db.contacts.get(x);
        if (c?.possibleDuplicates?.includes(y)) await db.contacts.update(x, { possibleDuplicates: c.possibleDuplicates.filter((d) => d !== y) });
      }
    });
    return { ok: true };
  },

  async recordRecommendation(db, { candidateId, toContactId, workedWith, text }, now) {
    const candidate = await resolve(db, candidateId);
    if (!candidate) return unknownContact(candidateId);
    const to = toContactId ? await resolve(db, toContactId) : undefined;
    if (toContactId && !to) return unknownContact(toContactId);
    await db.recommendationsMade.add({ candidateId: candidate.id, toContactId: to?.id, at: now, workedWith, text, outcome: 'pending', source: 'manual' });
    return { ok: true };
  },

  async setRecommendationOutcome(db, { id, outcome }) {
    const updated = await db.recommendationsMade.update(id, { outcome });
    return updated ? { ok: true } : { ok: false, error: `unknown recommendation ${id}` };
  },
};
