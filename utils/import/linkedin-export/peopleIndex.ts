import { nameKey } from './nameKey';
import type { Contact, ContactId } from '../../model/types';
import type { ParsedArchive, PersonRef } from './archive';
import { isNameOnlyContactId } from './nameOnlyContact';

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

  constructor(contacts: readonly Contact[], archive: ParsedArchive, selfIds: ReadonlySet<ContactId>) {
    for (const c of contacts) {
      for (const alias of c.aliases ?? []) this.primary.set(alias, c.id);
      if (!isNameOnlyContactId(c.id)) this.add(c.id, c.name);
    }
    const people: PersonRef[] = [];
    for (const c of archive.connections) people.push(c.person);
    for (const m of archive.messages) people.push(m.from);
    for (const i of archive.invitations) people.push(i.from, i.to);
    for (const e of archive.endorsementsGiven) people.push(e.person);
    for (const e of archive.endorsementsReceived) people.push(e.person);
    for (const n of archive.notes) people.push(n.person);
    for (const p of people) if (p.id && !selfIds.has(p.id)) this.add(this.resolveId(p.id), p.name);
  }

  private add(id: ContactId, name: string): void {
    if (!name) return;
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
