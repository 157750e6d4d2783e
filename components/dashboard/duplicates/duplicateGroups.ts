import type { Contact, ContactId } from '../../../utils/model/types';

export interface DuplicateGroup {
  /** The name the group goes by (its first member's). */
  name: string;
  /** Everyone flagged as maybe the same person, linked by the flags however they were raised. */
  members: Contact[];
}

/**
 * The flagged profiles as groups of one person each: three David Martins flagged two by two are
 * one group of three, not three pairs. Members in order of company, then headline, then first
 * seen; groups in name order. A flag pointing at a contact that no longer exists (merged or erased
 * since) is left out.
 */
export function duplicateGroups(contacts: readonly Contact[], collator?: Intl.Collator): DuplicateGroup[] {
  const byId = new Map<ContactId, Contact>();
  for (const c of contacts ?? []) if (c && typeof c.id === 'string') byId.set(c.id, c);
  // Union–find over the flags.
  const root = new Map<ContactId, ContactId>();
  const find = (id: ContactId): ContactId => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r)!;
    return r;
  };
  for (const c of byId.values())
    for (const other of Array.isArray(c.possibleDuplicates) ? c.possibleDuplicates : []) {
      if (other === c.id || !byId.has(other)) continue;
      for (const id of [c.id, other]) if (!root.has(id)) root.set(id, id);
      const [a, b] = [find(c.id), find(other)];
      if (a !== b) root.set(a < b ? b : a, a < b ? a : b);
    }
  const groups = new Map<ContactId, Contact[]>();
  for (const id of root.keys()) {
    const r = find(id);
    groups.set(r, [...(groups.get(r) ?? []), byId.get(id)!]);
  }
  const cmp = collator ? collator.compare : (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order = (a: Contact, b: Contact) =>
    cmp(a.company ?? '', b.company ?? '') || cmp(a.headline ?? '', b.headline ?? '') || (a.createdAt ?? 0) - (b.createdAt ?? 0) || cmp(a.id, b.id);
  return [...groups.values()]
    .map((members) => members.sort(order))
    .map((members) => ({ name: members[0].name ?? '', members }))
    .sort((p, q) => cmp(p.name, q.name) || cmp(p.members[0].id, q.members[0].id));
}

/**
 * What tells a member apart from the rest of its group, in words: the company, else the headline,
 * else when it was first seen (the day, or the minute when the day is shared; the company is then
 * no help and left out) — never an id.
 * `seen` says a time the way the page does, to the day or to the minute.
 */
export function distinction(member: Contact, group: readonly Contact[], seen: (at: number, toTheMinute: boolean) => string): string {
  const others = group.filter((c) => c !== member);
  const company = member.company?.trim();
  if (company && others.every((o) => o.company?.trim() !== company)) return company;
  const headline = member.headline?.trim();
  if (headline && others.every((o) => o.headline?.trim() !== headline)) return headline.length > 60 ? `${headline.slice(0, 59)}…` : headline;
  const exact = others.some((o) => seen(o.createdAt, false) === seen(member.createdAt, false));
  const when = seen(member.createdAt, exact);
  const position = exact && others.some((o) => seen(o.createdAt, true) === when) ? ` · ${group.indexOf(member) + 1}` : '';
  return when + position;
}
