import type { Contact, ContactId } from '../model/types';
import { isMemberIdContact, profileRefFromUrl } from '../model/contactId';
import { extendsName } from '../people/fullestName';
import type { RelaisDB } from './database';

/** The contact that an id designates: itself, or the contact that lists it as an alias. */
export async function findContact(db: RelaisDB, id: ContactId): Promise<Contact | undefined> {
  return (await db.contacts.get(id)) ?? (await db.contacts.where('aliases').equals(id).first());
}

export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Makes `dropId` part of `keepId`: interactions, introductions, next steps and recommendations move
 * over, fields the kept contact lacks are filled in, user-set fields of either are kept. Runs inside
 * the caller's transaction when there is one.
 */
export async function mergeContacts(db: RelaisDB, keepId: ContactId, dropId: ContactId, now: number): Promise<void> {
  if (keepId === dropId) return;
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade], async () => {
    const [keep, drop] = await Promise.all([db.contacts.get(keepId), db.contacts.get(dropId)]);
    if (!keep || !drop) return;
    const merged: Contact = { ...drop, ...stripUndefined(keep) };
    merged.id = keepId;
    merged.aliases = unique([...keep.aliases, ...drop.aliases, dropId]).filter((a) => a !== keepId);
    merged.possibleDuplicates = unique([...(keep.possibleDuplicates ?? []), ...(drop.possibleDuplicates ?? [])]).filter(
      (d) => d !== keepId && d !== dropId,
    );
    merged.notes = [keep.notes, drop.notes].filter(Boolean).join('\n') || undefined;
    merged.lastInteractionAt = maxDefined(keep.lastInteractionAt, drop.lastInteractionAt);
    merged.lastReplyAt = maxDefined(keep.lastReplyAt, drop.lastReplyAt);
    merged.createdAt = Math.min(keep.createdAt, drop.createdAt);
    merged.updatedAt = now;
    await db.contacts.put(merged);
    await db.contacts.delete(dropId);
    await db.interactions.where('contactId').equals(dropId).modify({ contactId: keepId });
    await db.nextSteps.where('contactId').equals(dropId).modify({ contactId: keepId });
    await db.recommendationsMade.where('candidateId').equals(dropId).modify({ candidateId: keepId });
    await db.recommendationsMade.where('toContactId').equals(dropId).modify({ toContactId: keepId });
    for (const intro of await db.introductions.where('contactId').equals(dropId).toArray()) {
      await db.introductions.delete(intro.id!);
      if (intro.recommenderId !== keepId && !(await db.introductions.where({ recommenderId: intro.recommenderId, contactId: keepId }).first()))
        await db.introductions.add({ ...intro, id: undefined, contactId: keepId });
    }
    for (const intro of await db.introductions.where('recommenderId').equals(dropId).toArray()) {
      await db.introductions.delete(intro.id!);
      if (intro.contactId !== keepId && !(await db.introductions.where({ recommenderId: keepId, contactId: intro.contactId }).first()))
        await db.introductions.add({ ...intro, id: undefined, recommenderId: keepId });
    }
    // Others that pointed at the dropped id as a possible duplicate now point at the kept one.
    await db.contacts.filter((c) => (c.possibleDuplicates ?? []).includes(dropId)).modify((c) => {
      c.possibleDuplicates = unique(c.possibleDuplicates!.map((d) => (d === dropId ? keepId : d))).filter((d) => d !== c.id);
    });
  });
}

export interface SeenPerson {
  name: string;
  profileUrl?: string;
  memberProfileUrl?: string;
  headline?: string;
}

/**
 * Finds or creates the contact for a person a page showed, links the slug and member-id forms when
 * the page shows both (merging two existing contacts into one), and flags probable duplicates
 * (same name and headline under another id) for the user, never merging them silently.
 * Returns null when the person has no usable profile URL.
 */
export async function upsertSeenPerson(db: RelaisDB, person: SeenPerson, now: number, patch: Partial<Contact> = {}): Promise<ContactId | null> {
  const primary = profileRefFromUrl(person.profileUrl) ?? profileRefFromUrl(person.memberProfileUrl);
  if (!primary) return null;
  const secondary = profileRefFromUrl(person.memberProfileUrl);
  return db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade], async () => {
    let contact = await findContact(db, primary.id);
    if (secondary && secondary.id !== primary.id) {
      const other = await findContact(db, secondary.id);
      if (contact && other && other.id !== contact.id) {
        // The slug form is the readable one: keep it.
        const keepId = primary.isMemberId ? other.id : contact.id;
        await mergeContacts(db, keepId, keepId === contact.id ? other.id : contact.id, now);
        contact = await db.contacts.get(keepId);
      } else if (!contact && other) {
        contact = other;
      }
    }
    if (contact && !primary.isMemberId && contact.id !== primary.id && isMemberIdContact(contact.id)) {
      // First time the readable slug of someone known by member id only: re-key under the slug.
      await db.contacts.add({ ...contact, id: primary.id, aliases: [], possibleDuplicates: undefined });
      await mergeContacts(db, primary.id, contact.id, now);
      contact = await db.contacts.get(primary.id);
    }
    const name = person.name.trim() || contact?.name || '';
    if (!contact) {
      const created: Contact = {
        id: primary.id,
        site: 'linkedin',
        name,
        profileUrl: primary.isMemberId ? undefined : primary.url,
        aliases: secondary && secondary.id !== primary.id ? [secondary.id] : [],
        headline: person.headline,
        createdAt: now,
        updatedAt: now,
        lastSeenAt: now,
        ...stripUndefined(patch),
      };
      await db.contacts.add(created);
      await flagProbableDuplicates(db, created);
      return created.id;
    }
    const update: Partial<Contact> = { ...stripUndefined(patch), updatedAt: now, lastSeenAt: now };
    // A page that names them more briefly ("Julie", from an invitation dialog) never shortens a fuller known name.
    if (name && name !== contact.name && !extendsName(contact.name, name)) update.name = name;
    if (person.headline) update.headline = person.headline;
    if (!primary.isMemberId && !contact.profileUrl) update.profileUrl = primary.url;
    const aliases = unique([...contact.aliases, ...[primary.id, secondary?.id].filter((a): a is string => !!a && a !== contact!.id)]);
    if (aliases.length !== contact.aliases.length) update.aliases = aliases;
    await db.contacts.update(contact.id, update);
    return contact.id;
  });
}

async function flagProbableDuplicates(db: RelaisDB, created: Contact): Promise<void> {
  if (!created.name) return;
  const key = normaliseName(created.name);
  const sameName = await db.contacts.where('name').equalsIgnoreCase(created.name).toArray();
  const dupes = sameName.filter(
    (c) => c.id !== created.id && normaliseName(c.name) === key && (!c.headline || !created.headline || c.headline === created.headline),
  );
  if (!dupes.length) return;
  await db.contacts.update(created.id, { possibleDuplicates: dupes.map((d) => d.id) });
  for (const d of dupes) await db.contacts.update(d.id, { possibleDuplicates: unique([...(d.possibleDuplicates ?? []), created.id]) });
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function maxDefined(a?: number, b?: number): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
