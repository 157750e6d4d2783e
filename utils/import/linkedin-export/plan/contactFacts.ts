import type { Contact, ContactId } from '../../../model/types';

/** What the archive says about one person, gathered from every file before touching the database. */
export interface ContactFacts {
  id: ContactId;
  name?: string;
  profileUrl?: string;
  company?: string;
  title?: string;
  /** In Connections.csv: a 1st-degree connection. */
  connected?: boolean;
  connectedAt?: number;
  /** The user's own notes (Notes.csv), each added once. */
  notes: string[];
  lastInteractionAt?: number;
  lastReplyAt?: number;
  possibleDuplicates: ContactId[];
}

export function emptyFacts(id: ContactId): ContactFacts {
  return { id, notes: [], possibleDuplicates: [] };
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

export interface ApplyContext {
  now: number;
  /** Date of the archive (its latest row): what it says is true as of then. */
  asOf: number;
}

/**
 * The contact once the archive's facts are in, or null when nothing changes. An import never
 * overwrites what the user set (tier, cadence, reach overrides, worked-with, notes: imported notes
 * go in only when there are none, or are appended once), and never replaces what a page showed
 * more recently than the archive was made. Pure: the writer applies it to the record as it is at
 * write time, so a live capture made while the import was being prepared is not undone.
 */
export function applyContactFacts(existing: Contact | undefined, facts: ContactFacts, ctx: ApplyContext): Contact | null {
  if (!existing) {
    const created: Contact = { id: facts.id, site: 'linkedin', name: facts.name ?? '', aliases: [], createdAt: ctx.now, updatedAt: ctx.now };
    if (facts.profileUrl) created.profileUrl = facts.profileUrl;
    if (facts.company) created.company = facts.company;
    if (facts.title) created.title = facts.title;
    if (facts.connected) created.degree = 1;
    if (facts.connectedAt !== undefined) created.connectedAt = facts.connectedAt;
    if (facts.notes.length) created.notes = facts.notes.join('\n\n');
    if (facts.possibleDuplicates.length) created.possibleDuplicates = [...new Set(facts.possibleDuplicates)];
    if (facts.lastInteractionAt !== undefined) created.lastInteractionAt = facts.lastInteractionAt;
    if (facts.lastReplyAt !== undefined) created.lastReplyAt = facts.lastReplyAt;
    return created;
  }
  const patch: Partial<Contact> = {};
  // A page seen before the archive was made is older news than the archive; one seen after is newer.
  const archiveIsNewer = existing.lastSeenAt !== undefined && existing.lastSeenAt < ctx.asOf;
  if (!existing.name && facts.name) patch.name = facts.name;
  if (!existing.profileUrl && facts.profileUrl) patch.profileUrl = facts.profileUrl;
  if (facts.company && facts.company !== existing.company && (!existing.company || archiveIsNewer)) patch.company = facts.company;
  if (facts.title && facts.title !== existing.title && (!existing.title || archiveIsNewer)) patch.title = facts.title;
  if (facts.connected && existing.degree !== 1 && (existing.degree === undefined || archiveIsNewer)) patch.degree = 1;
  if (facts.connectedAt !== undefined && existing.connectedAt === undefined) patch.connectedAt = facts.connectedAt;
  let notes = existing.notes ?? '';
  for (const note of facts.notes) {
    if (!notes.trim()) notes = note;
    else if (!notes.includes(note)) notes = `${notes}\n\n${note}`;
  }
  if (notes !== (existing.notes ?? '')) patch.notes = notes;
  const lastInteractionAt = later(existing.lastInteractionAt, facts.lastInteractionAt);
  if (lastInteractionAt !== existing.lastInteractionAt) patch.lastInteractionAt = lastInteractionAt;
  const lastReplyAt = later(existing.lastReplyAt, facts.lastReplyAt);
  if (lastReplyAt !== existing.lastReplyAt) patch.lastReplyAt = lastReplyAt;
  const dupes = (facts.possibleDuplicates ?? []).filter((d) => d !== existing.id && !existing.aliases.includes(d) && !(existing.possibleDuplicates ?? []).includes(d));
  if (dupes.length) patch.possibleDuplicates = [...new Set([...(existing.possibleDuplicates ?? []), ...dupes])];
  if (!Object.keys(patch).length) return null;
  return { ...existing, ...patch, updatedAt: ctx.now };
}
