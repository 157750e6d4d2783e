import type { RelaisDB } from '../../../db/database';
import type { Contact, Interaction, RecommendationMade } from '../../../model/types';
import { isImportKey } from '../plan/interactionKeys';

/** A message or invitation captured live, to be recognised when the export holds it too. */
export type LiveSent = Pick<Interaction, 'contactId' | 'kind' | 'at' | 'text'>;

/** What the database holds that an import must know to merge into it. */
export interface ImportSnapshot {
  contacts: Contact[];
  interactionKeys: ReadonlySet<string>;
  liveSent: LiveSent[];
  recommendationsMade: Pick<RecommendationMade, 'candidateId' | 'at'>[];
}

export function emptySnapshot(): ImportSnapshot {
  return { contacts: [], interactionKeys: new Set(), liveSent: [], recommendationsMade: [] };
}


/**
 * Reads in pages (keyset pagination), so that no single IndexedDB result of 30,000 contacts or
 * 100,000 keys is deserialised in one long task on the page's thread.
 */
export async function readSnapshot(db: RelaisDB, pageSize = 5000): Promise<ImportSnapshot> {
  return db.transaction('r', [db.contacts, db.interactions, db.recommendationsMade], async () => {
    const contacts: Contact[] = [];
    for (let last: string | undefined; ; ) {
      const page = await (last === undefined ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(last)).limit(pageSize).toArray();
      for (const c of page) contacts.push(c);
      if (page.length < pageSize) break;
      last = page[page.length - 1].id;
    }
    const keys = new Set<string>();
    for (let last: string | undefined; ; ) {
      const page = (await (last === undefined ? db.interactions.orderBy('key') : db.interactions.where('key').above(last)).limit(pageSize * 4).keys()) as string[];
      for (const k of page) keys.add(k);
      if (page.length < pageSize * 4) break;
      last = page[page.length - 1];
    }
    // Live captures are the few rows whose key is not an import key.
    const others = [...keys].filter((k) => !isImportKey(k));
    const live = others.length ? await db.interactions.where('key').anyOf(others).toArray() : [];
    const recs = await db.recommendationsMade.toArray();
    return {
      contacts,
      interactionKeys: keys,
      liveSent: live
        .filter((i) => i.source === 'capture' && (i.kind === 'message-sent' || i.kind === 'invite-sent'))
        .map(({ contactId, kind, at, text }) => ({ contactId, kind, at, text })),
      recommendationsMade: recs.map(({ candidateId, at }) => ({ candidateId, at })),
    };
  });
}
