import { isUpdate } from '../../chains/owedUpdates';
import { sortedByTime, stepsSince } from '../../chains/steps';
import type { ContactId, Interaction, Introduction } from '../../model/types';

/**
 * The part of an interaction that owed updates read (utils/chains/owedUpdates.ts) and their
 * reminder words (stepWords): when, what kind, which outcome, imported or not, and for updates
 * whom they were about. No text: the digest keeps no message.
 */
export type ChainRow = Pick<Interaction, 'kind' | 'at' | 'source'> & Partial<Pick<Interaction, 'key' | 'outcome' | 'asks' | 'aboutContactId'>>;

/**
 * The rows of a person's history that owed updates can ever read, whatever `now` and the settings:
 * - for each time they were introduced to you (`introTimes`), the steps since (stepsSince: meetings,
 *   calls, outcomes, the first message each way) — owed updates *about* them;
 * - every update they were sent — what settles updates owed *to* them as a recommender.
 * The times are those of their own introductions only: recommendersUpChain dates every link of a
 * chain, near or far, by the contact's own introduction. So stepsSince over these rows, from any of
 * those times, gives what it gives over the whole history, and so do owedUpdates.
 * `history` may be in any order; rows come back in the order stepsSince reads them. Only steps keep
 * their key (an owed update is named after its first step).
 */
export function chainRowsOf(history: readonly Interaction[], introTimes: readonly number[]): ChainRow[] {
  const sorted = sortedByTime(history);
  const steps = new Set<Interaction>();
  for (const t of new Set(introTimes)) if (Number.isFinite(t)) for (const step of stepsSince(sorted, t)) steps.add(step);
  return sorted.filter((i) => steps.has(i) || isUpdate(i)).map((i) => liteRow(i, steps.has(i)));
}

function liteRow(i: Interaction, isStep: boolean): ChainRow {
  const row: ChainRow = { kind: i.kind, at: i.at, source: i.source };
  if (isStep) row.key = i.key;
  if (i.outcome !== undefined) row.outcome = i.outcome;
  if (isUpdate(i) && i.kind === 'message-sent') row.asks = ['update'];
  if (i.aboutContactId !== undefined) row.aboutContactId = i.aboutContactId;
  return row;
}

/** What the digest keeps of someone in an introduction. */
export interface ChainState {
  /** When they were introduced to you (none for a recommender only), ascending. */
  times: number[];
  /** chainRowsOf their history and those times. */
  rows: ChainRow[];
  /** The time of the latest row of their whole history (-Infinity for none): what a later row is appended after. */
  end: number;
}

export function chainStateOf(history: readonly Interaction[], introTimes: readonly number[]): ChainState {
  const times = [...new Set(introTimes)].filter(Number.isFinite).sort((a, b) => a - b);
  let end = -Infinity;
  for (const i of history) if (i && Number.isFinite(i.at) && i.at > end) end = i.at;
  return { times, rows: chainRowsOf(history, times), end };
}

/**
 * The state after rows were written later than every row of the history (`added`, in the order
 * they were written), from the state alone: a capture adds the newest message, and reading the
 * whole history again for it would cost what the digest saves. Exact: a later row never changes
 * which earlier row is the first of its kind since an introduction, and the kept rows hold that
 * first one for every introduction (so whether one exists). Undefined when a row is not later.
 */
export function appendToChain(contactId: ContactId, state: ChainState, added: readonly Interaction[]): ChainState | undefined {
  const dated = added.filter((i) => i && Number.isFinite(i.at));
  if (dated.some((i) => i.at < state.end)) return undefined;
  const end = dated.reduce((m, i) => Math.max(m, i.at), state.end);
  return { times: state.times, rows: chainRowsOf([...asInteractions(contactId, state.rows), ...dated], state.times), end };
}

/** Rows of `contactId` as the rules take interactions (they read only the fields kept). */
export function asInteractions(contactId: ContactId, rows: readonly ChainRow[]): Interaction[] {
  return rows.map((r) => ({ key: '', ...r, contactId, site: 'linkedin' }));
}

/**
 * For each person `wanted` who is in an introduction, the times they were introduced to you (none
 * for a recommender only); people in none are left out.
 */
export function introTimesOf(introductions: Iterable<Introduction | undefined>, wanted: (id: ContactId) => boolean): Map<ContactId, number[]> {
  const out = new Map<ContactId, number[]>();
  for (const intro of introductions) {
    if (!intro) continue;
    if (typeof intro.contactId === 'string' && wanted(intro.contactId)) out.set(intro.contactId, [...(out.get(intro.contactId) ?? []), intro.at]);
    if (typeof intro.recommenderId === 'string' && wanted(intro.recommenderId) && !out.has(intro.recommenderId)) out.set(intro.recommenderId, []);
  }
  return out;
}
