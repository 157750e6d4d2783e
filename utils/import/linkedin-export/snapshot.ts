import type { RelaisDB } from '../../db/database';
import type { Contact, ContactId, Interaction, RecommendationMade } from '../../model/types';

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

export async function readSnapshot(db: RelaisDB): Promise<ImportSnapshot> {
  return db.transaction('r', [db.contacts, db.interactions, db.recommendationsMade], async () => {
    const [contacts, keys, live, recs] = await Promise.all([
      db.contacts.toArray(),
      db.interactions.orderBy('key').keys(),
      db.interactions
        .where('kind')
        .anyOf('message-sent', 'invite-sent')
        .filter((i) => i.source === 'capture')
        .toArray(),
      db.recommendationsMade.toArray(),
    ]);
    return {
      contacts,
      interactionKeys: new Set(keys as string[]),
      liveSent: live.map(({ contactId, kind, at, text }) => ({ contactId, kind, at, text })),
      recommendationsMade: recs.map(({ candidateId, at }: { candidateId: ContactId; at: number }) => ({ candidateId, at })),
    };
  });
}
