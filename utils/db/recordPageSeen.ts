import type { PageSeenPayload } from '../messaging/payloads';
import type { Contact, ContactId } from '../model/types';
import { contactIdFromUrl } from '../model/contactId';
import type { RelaisDB } from './database';
import { findContact, upsertSeenPerson } from './contactIdentity';

/**
 * A profile or a conversation the user looked at: refreshes what Relais knows of the people in it
 * (headline, company, degree, signals; whether they replied) without creating interactions.
 */
export async function recordPageSeen(db: RelaisDB, seen: PageSeenPayload, now: number): Promise<ContactId[]> {
  if (seen.kind === 'profile') {
    const patch: Partial<Contact> = {
      headline: seen.headline,
      company: seen.company,
      title: seen.title,
      degree: seen.degree,
      mutualCount: seen.mutualCount,
      mutualNames: seen.mutualNames.length ? seen.mutualNames : undefined,
      hiring: seen.hiring,
      openToWork: seen.openToWork,
    };
    const id = await upsertSeenPerson(db, seen, now, patch);
    return id ? [id] : [];
  }
  const ids: ContactId[] = [];
  for (const person of seen.participants) {
    const id = await upsertSeenPerson(db, person, now);
    if (id) ids.push(id);
  }
  // Their latest message seen on the page tells whether (and when) they replied.
  const theirs = seen.messages.filter((m) => !m.fromMe && m.at !== undefined);
  for (const id of ids) {
    const contact = await db.contacts.get(id);
    if (!contact) continue;
    const fromThem = theirs.filter((m) => {
      if (!m.senderProfileUrl) return ids.length === 1;
      const sid = contactIdFromUrl(m.senderProfileUrl);
      return sid === id || (sid !== null && contact.aliases.includes(sid));
    });
    const last = Math.max(...fromThem.map((m) => m.at!), -Infinity);
    if (Number.isFinite(last) && last > (contact.lastReplyAt ?? 0) && last <= now + 60_000) await db.contacts.update(id, { lastReplyAt: last });
  }
  return ids;
}

export { findContact };
