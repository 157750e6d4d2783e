import { nameKey } from './nameKey';
import type { Contact, ContactId } from '../../../model/types';
import type { ParsedArchive, PersonRef } from '../parse/archive';
import { isNameOnlyContactId } from './nameOnlyContact';
import { isLinkedInMemberName } from '../parse/text';

export type NameMatch = { kind: 'one'; id: ContactId } | { kind: 'ambiguous'; ids: ContactId[] } | { kind: 'none' };

/**
 * Everyone Relais can name for sure: the contacts it already has and every person of the archive
 * who comes with a profile URL. Joins a name-only row to a URL when exactly one known person has
 * that full name, and names a URL-only recipient.
 */
export class PeopleIndex {
  private readonly byName = new Map<string, Set<ContactId>>();
  private readonly names = new Map<ContactId, string>();
  private readonly primary = new Map<ContactId, ContactId>();

  /** Built in slices (an archive names 100,000 people-rows): `tick` yields between them. */
  static async build(contacts: readonly Contact[], archive: ParsedArchive, selfIds: ReadonlySet<ContactId>, tick: () => Promise<void> = async () => {}): Promise<PeopleIndex> {
    const index = new PeopleIndex();
    for (const [i, c] of contacts.entries()) {
      if ((i & 1023) === 0) await tick();
      for (const alias of c.aliases ?? []) index.primary.set(alias, c.id);
      if (!isNameOnlyContactId(c.id)) index.add(c.id, c.name);
    }
    const lists: PersonRef[][] = [
      archive.connections.map((c) => c.person),
      archive.messages.map((m) => m.from),
      archive.invitations.flatMap((i) => [i.from, i.to]),
      archive.endorsementsGiven.map((e) => e.person),
      archive.endorsementsReceived.map((e) => e.person),
      archive.notes.map((n) => n.person),
    ];
    for (const people of lists)
      for (const [i, p] of people.entries()) {
        if ((i & 1023) === 0) await tick();
        if (p.id && !selfIds.has(p.id)) index.add(index.resolveId(p.id), p.name);
      }
    return index;
  }

  private add(id: ContactId, name: string): void {
    // "LinkedIn Member" stands for hidden accounts: it is nobody's name.
    if (!name || isLinkedInMemberName(name)) return;
    if (!this.names.has(id)) this.names.set(id, name);
    const key = nameKey(name);
    let ids = this.byName.get(key);
    if (!ids) this.byName.set(key, (ids = new Set()));
    ids.add(id);
  }

  /** The contact an id designates (the slug form when the id is a known member-id alias). */
  resolveId(id: ContactId): ContactId {
    return this.primary.get(id) ?? id;
  }

  nameOf(id: ContactId): string | undefined {
    return this.names.get(this.resolveId(id));
  }

  isKnownName(name: string): boolean {
    return this.byName.has(nameKey(name));
  }

  match(name: string): NameMatch {
    const ids = this.byName.get(nameKey(name));
    if (!ids || !ids.size) return { kind: 'none' };
    if (ids.size === 1) return { kind: 'one', id: [...ids][0] };
    return { kind: 'ambiguous', ids: [...ids] };
  }
}
