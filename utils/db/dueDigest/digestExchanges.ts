import type { ContactId, Interaction } from '../../model/types';
import { exchangeSides, type Exchanges } from '../../rules/keptInTouch';
import { countCode, type DigestEntry } from './digestBucket';
import { ORPHANS_KEY, type OrphansRecord } from './digestLists';

/** How a write changed each person's exchanges: what it wrote counted in, what it replaced or deleted counted out. */
export function exchangeDeltas(removed: readonly unknown[], added: readonly unknown[]): Map<ContactId, Exchanges> {
  const out = new Map<ContactId, Exchanges>();
  const count = (rows: readonly unknown[], sign: 1 | -1) => {
    for (const row of rows) {
      const i = row as Partial<Interaction> | undefined;
      if (!i || typeof i.contactId !== 'string') continue;
      const sides = exchangeSides(i.kind);
      if (!sides.sent && !sides.received) continue;
      const d = out.get(i.contactId) ?? out.set(i.contactId, { sent: 0, received: 0 }).get(i.contactId)!;
      d.sent += sign * sides.sent;
      d.received += sign * sides.received;
    }
  };
  count(removed, -1);
  count(added, 1);
  for (const [id, d] of out) if (!d.sent && !d.received) out.delete(id);
  return out;
}

/** Adds a (signed) change to an entry's counts. */
export function addToEntry(entry: DigestEntry, d: Exchanges): void {
  entry.sent = countCode(entry.sent + d.sent);
  entry.received = countCode(entry.received + d.received);
}

export const emptyOrphans = (): OrphansRecord => ({ bucket: ORPHANS_KEY, counts: new Map() });

/** Adds a (signed) change to someone without a record; at zero they leave the record. */
export function addToOrphan(orphans: OrphansRecord, id: ContactId, d: Exchanges): void {
  const [sent, received] = orphans.counts.get(id) ?? [0, 0];
  const next: [number, number] = [countCode(sent + d.sent), countCode(received + d.received)];
  if (next[0] || next[1]) orphans.counts.set(id, next);
  else orphans.counts.delete(id);
}

/** Someone's counts as a record takes them, leaving the orphans. */
export function takeOrphan(orphans: OrphansRecord, id: ContactId): Exchanges | undefined {
  const counts = orphans.counts.get(id);
  if (!counts) return undefined;
  orphans.counts.delete(id);
  return { sent: counts[0], received: counts[1] };
}
