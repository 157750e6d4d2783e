import type { RelaisDB } from '../../../utils/db/database';
import type { Contact, ContactId } from '../../../utils/model/types';

export interface ContactsData {
  contacts: Contact[];
  /** Contacts someone introduced you to. */
  recommended: Set<ContactId>;
}

/**
 * Every contact (10,000 rows read in one go is fast; interactions are never read here) and who has
 * a recommender, from the introductions' index.
 */
export async function loadContacts(db: RelaisDB): Promise<ContactsData> {
  return db.transaction('r', [db.contacts, db.introductions], async () => {
    const [contacts, introduced] = await Promise.all([db.contacts.toArray(), db.introductions.orderBy('contactId').uniqueKeys()]);
    return { contacts, recommended: new Set(introduced as ContactId[]) };
  });
}

export interface ContactsPreview {
  /** The most recently met contacts: the first page of the table in its default order. */
  contacts: Contact[];
  total: number;
}

/**
 * The first page of the default table (most recent interaction first) straight from the
 * `lastInteractionAt` index, and the number of contacts: painted while everyone else loads.
 */
export async function loadPreview(db: RelaisDB, size: number): Promise<ContactsPreview> {
  return db.transaction('r', db.contacts, async () => {
    const [contacts, total] = await Promise.all([db.contacts.orderBy('lastInteractionAt').reverse().limit(size).toArray(), db.contacts.count()]);
    return { contacts, total };
  });
}

/** Interaction counts of a few contacts (the page on screen), one index count each. */
export async function countInteractionsOf(db: RelaisDB, ids: readonly ContactId[]): Promise<Map<ContactId, number>> {
  const counts = await Promise.all(ids.map((id) => db.interactions.where('contactId').equals(id).count()));
  return new Map(ids.map((id, k) => [id, counts[k]]));
}

/** Everyone's interaction count, from the index keys alone (no row is read): only when sorting by it. */
export async function countAllInteractions(db: RelaisDB): Promise<Map<ContactId, number>> {
  const counts = new Map<ContactId, number>();
  await db.interactions.orderBy('contactId').eachKey((key) => {
    const id = key as ContactId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}
