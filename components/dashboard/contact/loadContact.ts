import Dexie from 'dexie';
import { findContact } from '../../../utils/db/contactIdentity';
import type { RelaisDB } from '../../../utils/db/database';
import type { Contact, ContactId, Interaction, Introduction, NextStep, RecommendationMade } from '../../../utils/model/types';

/** Beyond this, a contact's oldest interactions are left out of the page (the ledger says so). */
export const MAX_HISTORY = 5000;

export interface ContactPageData {
  contact: Contact;
  /** Newest first, at most MAX_HISTORY. */
  interactions: Interaction[];
  total: number;
  recommenders: Introduction[];
  introduced: Introduction[];
  nextSteps: NextStep[];
  recommendations: RecommendationMade[];
  /** Everyone the page names (recommenders, people introduced, recommendation targets, update subjects). */
  people: Map<ContactId, Contact>;
}

/** One contact's page, through indexes only. Undefined when the id (or alias) is unknown. */
export async function loadContactPage(db: RelaisDB, id: ContactId): Promise<ContactPageData | undefined> {
  return db.transaction('r', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade], async () => {
    const contact = await findContact(db, id);
    if (!contact) return undefined;
    const range = db.interactions.where('[contactId+at]').between([contact.id, Dexie.minKey], [contact.id, Dexie.maxKey], true, true);
    const [interactions, total, recommenders, introduced, nextSteps, asCandidate, asTarget] = await Promise.all([
      range.clone().reverse().limit(MAX_HISTORY).toArray(),
      range.clone().count(),
      db.introductions.where('contactId').equals(contact.id).toArray(),
      db.introductions.where('recommenderId').equals(contact.id).toArray(),
      db.nextSteps.where('contactId').equals(contact.id).toArray(),
      db.recommendationsMade.where('candidateId').equals(contact.id).toArray(),
      db.recommendationsMade.where('toContactId').equals(contact.id).toArray(),
    ]);
    const recommendations = [...asCandidate, ...asTarget.filter((r) => !asCandidate.some((c) => c.id === r.id))];
    const related = new Set<ContactId>();
    for (const i of recommenders) related.add(i.recommenderId);
    for (const i of introduced) related.add(i.contactId);
    for (const r of recommendations) for (const x of [r.candidateId, r.toContactId]) if (x) related.add(x);
    for (const i of interactions) if (i.aboutContactId) related.add(i.aboutContactId);
    related.delete(contact.id);
    const people = new Map<ContactId, Contact>([[contact.id, contact]]);
    const found = await db.contacts.bulkGet([...related]);
    for (const c of found) if (c) people.set(c.id, c);
    return { contact, interactions, total, recommenders, introduced, nextSteps, recommendations, people };
  });
}
