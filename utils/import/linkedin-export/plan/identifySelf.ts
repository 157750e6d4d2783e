import { nameKey } from './nameKey';
import type { ContactId } from '../../../model/types';
import type { ParsedArchive, PersonRef } from '../parse/archive';

export interface SelfIdentity {
  /** The user's name (Profile.csv, or the name present in nearly every conversation). */
  name?: string;
  /** The user's profile ids (Profile.csv has no URL: Invitations and messages give it). */
  ids: Set<ContactId>;
}

/** Who holds `count` of `total` conversations, when that is clearly one person. */
function dominant<K>(counts: Map<K, number>, total: number): K | undefined {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || total < 2) return undefined;
  if (best[1] < Math.max(2, total * 0.6) || (second && second[1] === best[1])) return undefined;
  return best[0];
}

/**
 * Tells the user apart from everyone else, so that sent and received are right. Per the format
 * notes: the name comes from Profile.csv; the URL from Invitations (the inviter of an OUTGOING row,
 * the invitee of an INCOMING one), else from messages (the URL that sends under the Profile name,
 * else the one present in nearly every conversation).
 */
export async function identifySelf(archive: ParsedArchive, tick: () => Promise<void> = async () => {}): Promise<SelfIdentity> {
  const ids = new Set<ContactId>();
  let name = archive.profile?.name;
  for (const inv of archive.invitations) {
    if (inv.direction === 'outgoing' && inv.from.id) ids.add(inv.from.id);
    if (inv.direction === 'incoming' && inv.to.id) ids.add(inv.to.id);
  }
  const selfKey = name ? nameKey(name) : '';
  if (selfKey)
    for (const [i, m] of archive.messages.entries()) {
      if ((i & 1023) === 0) await tick();
      if (m.from.id && !ids.has(m.from.id) && nameKey(m.from.name) === selfKey) ids.add(m.from.id);
    }

  if (ids.size && name) return { name, ids };
  // Neither file said it: the user is whoever is in nearly every conversation.
  const conversations = new Map<string, { ids: Set<ContactId>; names: Set<string> }>();
  for (const [i, m] of archive.messages.entries()) {
    if ((i & 1023) === 0) await tick();
    let c = conversations.get(m.conversationId);
    if (!c) conversations.set(m.conversationId, (c = { ids: new Set(), names: new Set() }));
    if (m.from.id) c.ids.add(m.from.id);
    for (const r of m.recipients) if (r.id) c.ids.add(r.id);
    if (m.from.name) c.names.add(nameKey(m.from.name));
    for (const n of m.toNames.split(/,\s+/)) if (n.trim()) c.names.add(nameKey(n));
  }
  if (!ids.size) {
    const idCounts = new Map<ContactId, number>();
    for (const c of conversations.values()) for (const id of c.ids) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    const id = dominant(idCounts, conversations.size);
    if (id) ids.add(id);
  }
  if (!name) {
    const senderName = archive.messages.find((m) => m.from.id && ids.has(m.from.id))?.from.name;
    if (senderName) name = senderName;
    else {
      const nameCounts = new Map<string, number>();
      const display = new Map<string, string>();
      for (const m of archive.messages) if (m.from.name) display.set(nameKey(m.from.name), m.from.name);
      for (const c of conversations.values()) for (const n of c.names) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
      const key = dominant(nameCounts, conversations.size);
      if (key) name = display.get(key) ?? key;
    }
  }
  return name ? { name, ids } : { ids };
}

/** Whether a person of the archive is the user: by id when the row has one, else by name. */
export function isSelf(self: SelfIdentity, person: Pick<PersonRef, 'id' | 'name'>): boolean {
  if (person.id && self.ids.size) return self.ids.has(person.id);
  return !!self.name && !!person.name && nameKey(person.name) === nameKey(self.name);
}
