import type { ContactId } from '../../../utils/model/types';

export type OwedMark = 'due' | 'pending';

export interface OwedLike {
  recommenderId: ContactId;
  aboutContactId: ContactId;
  /** Whether the reminder date has come. */
  due: boolean;
}

/**
 * Which people in the graph are owed news, and how urgently: a recommender with any overdue update
 * is `due`, one whose updates are all still within the delay is `pending`. Also returns, for each,
 * whom the news is about (to say it in the node's label and the list).
 */
export function owedHighlights(owed: readonly (OwedLike | null | undefined)[]): Map<ContactId, { mark: OwedMark; about: ContactId[] }> {
  const out = new Map<ContactId, { mark: OwedMark; about: ContactId[] }>();
  for (const o of Array.isArray(owed) ? owed : []) {
    if (!o || typeof o.recommenderId !== 'string' || typeof o.aboutContactId !== 'string') continue;
    const known = out.get(o.recommenderId) ?? { mark: 'pending' as OwedMark, about: [] };
    if (o.due) known.mark = 'due';
    if (!known.about.includes(o.aboutContactId)) known.about.push(o.aboutContactId);
    out.set(o.recommenderId, known);
  }
  return out;
}
