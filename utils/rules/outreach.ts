import type { Settings } from '../model/settings';
import type { ContactId, Interaction } from '../model/types';
import { DAY, startOfLocalDay } from './calendar';
import type { OutreachStats } from './context';
import { jaccard, shingles } from './similarity';

/** Near-duplicates: most of their word triples in common (a template with another name in it). */
export const SIMILARITY_THRESHOLD = 0.6;
/** How far back similar messages are counted ("many similar messages in a short time", 002). */
export const SIMILAR_WINDOW_DAYS = 7;

export interface OutreachInput {
  /** Your sent messages and invitations of the last `SIMILAR_WINDOW_DAYS` days (at least), to anyone. */
  recent: readonly Interaction[];
  /** Contacts with any interaction before the earliest of `recent`: writing to them is not new outreach. */
  knownBefore: ReadonlySet<ContactId> | ((id: ContactId) => boolean);
  /** The draft being written, and to whom. */
  draft?: { text: string; contactId: ContactId };
  settings?: Pick<Settings, 'dailyOutreachLimit'>;
  now: number;
}

/**
 * Counts for living-spam, across all contacts: first messages and invitations sent today (to
 * people never written to before), and how many recent messages to other people are
 * near-duplicates of the draft. Pure; the caller loads the recent rows through the `at` index.
 */
export function computeOutreachStats(input: OutreachInput): OutreachStats {
  const { now } = input;
  const known = typeof input.knownBefore === 'function' ? input.knownBefore : (id: ContactId) => (input.knownBefore as ReadonlySet<ContactId>).has(id);
  const dayStart = startOfLocalDay(now);
  const windowStart = now - SIMILAR_WINDOW_DAYS * DAY;
  const recent = (Array.isArray(input.recent) ? input.recent : [])
    .filter((i) => !!i && Number.isFinite(i.at) && i.at <= now && (i.kind === 'message-sent' || i.kind === 'invite-sent'))
    .sort((a, b) => a.at - b.at);

  const seen = new Set<ContactId>();
  let firstMessagesToday = 0;
  for (const i of recent) {
    const isNew = !seen.has(i.contactId) && !known(i.contactId);
    seen.add(i.contactId);
    if (isNew && i.at >= dayStart) firstMessagesToday++;
  }

  let similarToDraft = 0;
  const people = new Set<ContactId>();
  const draftShingles = input.draft ? shingles(input.draft.text) : new Set<number>();
  if (draftShingles.size > 0) {
    for (const i of recent) {
      if (i.at < windowStart || i.contactId === input.draft!.contactId) continue;
      if (jaccard(draftShingles, shinglesOf(i)) >= SIMILARITY_THRESHOLD) {
        similarToDraft++;
        people.add(i.contactId);
      }
    }
  }
  return { firstMessagesToday, similarToDraft, similarPeople: people.size, windowDays: SIMILAR_WINDOW_DAYS };
}

// Sent messages do not change once stored: their shingles are computed once per row, so the
// live check (one call per keystroke pause) compares only the draft. Bounded.
const cache = new Map<string, Set<number>>();
const CACHE_MAX = 5_000;

function shinglesOf(i: Interaction): Set<number> {
  if (!i.key) return shingles(i.text);
  const id = `${i.key}\u0000${(i.text ?? '').length}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const s = shingles(i.text);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(id, s);
  return s;
}
