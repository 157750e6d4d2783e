import type { RelaisDB } from '../../utils/db/database';
import type { Contact, ContactId } from '../../utils/model/types';
import { foldLine } from '../../utils/text/fold';

export interface NameList {
  /** Folded (accents and case removed) once, in name order. */
  names: string[];
  ids: ContactId[];
}

/**
 * Every contact's name and id, read from the name index only (keys, not rows): 10,000 short
 * strings, loaded once when the user starts searching, so typing filters in memory.
 */
export async function loadNameList(db: RelaisDB): Promise<NameList> {
  const [names, ids] = await Promise.all([db.contacts.orderBy('name').keys(), db.contacts.orderBy('name').primaryKeys()]);
  return { names: names.map((n) => foldLine(String(n))), ids: ids.map(String) };
}

/** The contacts whose name holds every word of the query (accents and case ignored), at most `limit`. */
export function matchNames(list: NameList, query: string, exclude: readonly ContactId[] = [], limit = 8): ContactId[] {
  const words = foldLine(query.slice(0, 200)).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: ContactId[] = [];
  for (let k = 0; k < list.names.length && out.length < limit; k++) {
    const id = list.ids[k];
    if (exclude.includes(id)) continue;
    if (words.every((w) => list.names[k].includes(w))) out.push(id);
  }
  return out;
}

export async function contactsByIds(db: RelaisDB, ids: readonly ContactId[]): Promise<Contact[]> {
  return (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c);
}
