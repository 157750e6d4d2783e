import type { ContactId } from '../../../model/types';
import type { ParsedArchive, PersonRef } from '../parse/archive';
import { isLinkedInMemberName } from '../parse/text';
import { nameKey } from './nameKey';

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

/** A name that can be the user's: "LinkedIn Member" stands for hidden accounts and names nobody. */
function usable(name: string | undefined): name is string {
  return !!name && !isLinkedInMemberName(name);
}

/**
 * Tells the user apart from everyone else, so that sent and received are right. The name comes
 * from Profile.csv, else from rows whose direction says they are the user's (the sender of an
 * outgoing message or invitation); the URL from Invitations (the inviter of an OUTGOING row, the
 * invitee of an INCOMING one), else from messages (the URL that sends under the user's name, else
 * the one present in nearly every conversation). "LinkedIn Member" is never the user.
 */
export async function identifySelf(archive: ParsedArchive, tick: () => Promise<void> = async () => {}): Promise<SelfIdentity> {
  const ids = new Set<ContactId>();
  let name = usable(archive.profile?.name) ? archive.profile?.name : undefined;
  for (const inv of archive.invitations) {
    if (inv.direction === 'outgoing' && inv.from.id) ids.add(inv.from.id);
    if (inv.direction === 'incoming' && inv.to.id) ids.add(inv.to.id);
  }
  if (!name) {
    const mine = archive.messages.find((m) => m.direction === 'outgoing' && usable(m.from.name))?.from ?? archive.invitations.find((i) => i.direction === 'outgoing' && usable(i.from.name))?.from;
    if (mine) name = mine.name;
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
    if (usable(m.from.name)) c.names.add(nameKey(m.from.name));
    for (const n of m.toNames.split(/,\s+/)) if (usable(n.trim())) c.names.add(nameKey(n));
  }
  if (!ids.size) {
    const idCounts = new Map<ContactId, number>();
    for (const c of conversations.values()) for (const id of c.ids) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    const id = dominant(idCounts, conversations.size);
    if (id) ids.add(id);
  }
  if (!name) {
    const senderName = archive.messages.find((m) => m.from.id && ids.has(m.from.id) && usable(m.from.name))?.from.name;
    if (senderName) name = senderName;
    else if (!ids.size) {
      // Only when no URL said who the user is: a name alone may be the user's or a frequent correspondent's.
      const nameCounts = new Map<string, number>();
      const display = new Map<string, string>();
      for (const m of archive.messages) if (usable(m.from.name)) display.set(nameKey(m.from.name), m.from.name);
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
