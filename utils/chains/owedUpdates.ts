import type { Settings } from '../model/settings';
import type { ContactId, Interaction } from '../model/types';
import { graphOf, introducedContacts, recommendersUpChain, type IntroSource } from './graph';
import { addLocalDays, DAY } from '../rules/calendar';
import { sortedByTime, stepsSince } from './steps';

/** An update you owe someone up the chain about what happened with a contact they led you to. */
export interface OwedUpdate {
  /** Stable: rule, recommender, contact, and the first step not yet reported. */
  key: string;
  recommenderId: ContactId;
  aboutContactId: ContactId;
  /** 1 = they introduced you to the contact; 2 = they introduced you to whoever did; … */
  depth: number;
  /** The chain from the recommender down to the contact: [A, B, C]. */
  path: ContactId[];
  /** The steps not reported yet, oldest first (at least one). */
  steps: Interaction[];
  /** `updateDelayDays` after the first step not reported. */
  dueAt: number;
}

/** Interactions of one contact, or a list of everybody's to group. */
export type InteractionSource = readonly Interaction[] | ((contactId: ContactId) => readonly Interaction[]);

export interface OwedUpdateOptions {
  /** When given, a recommender (or contact) for whom it says false — deleted — yields nothing. */
  exists?: (contactId: ContactId) => boolean;
}

/**
 * Updates owed about one introduced contact (or about all of them) to everyone up the chain
 * (seed 001: keep informed whoever vouched for you; « une personne qui a décidé un jour de vous
 * aider, est généralement prête à renouveler ses services »).
 *
 * - Steps are those of `stepsSince` (meetings, calls, outcomes; the first message each way).
 * - What settles it: an update to that recommender after the step — an `update-sent` interaction
 *   (marked informed by the user) or a sent message the classifier labelled `update`. An update
 *   that names another contact (`aboutContactId`) does not settle this one; one that names nobody
 *   settles everything that happened before it.
 * - Consecutive steps before one update make one owed update, due `updateDelayDays` after the
 *   first of them; its key follows that first step, so a new round after an update is a new item
 *   (a dismissed one does not hide the next).
 * - Imported steps older than `importReminderWindowDays` raise nothing: years of history must not
 *   flood the due list on the day of the import.
 */
export function owedUpdates(
  scope: ContactId | 'all',
  introductions: IntroSource,
  interactions: InteractionSource,
  settings: Pick<Settings, 'updateDelayDays' | 'importReminderWindowDays'>,
  now: number,
  options: OwedUpdateOptions = {},
): OwedUpdate[] {
  const graph = graphOf(introductions ?? []);
  const of = interactionLookup(interactions);
  const subjects = scope === 'all' ? introducedContacts(graph) : [scope];
  const delayDays = finiteOr(settings?.updateDelayDays, 7);
  const importFloor = now - finiteOr(settings?.importReminderWindowDays, 30) * DAY;
  const exists = options.exists ?? (() => true);
  const out: OwedUpdate[] = [];
  for (const contactId of subjects) {
    if (!exists(contactId)) continue;
    const chain = recommendersUpChain(contactId, graph);
    if (!chain.length) continue;
    const history = of(contactId);
    for (const link of chain) {
      if (!exists(link.recommenderId)) continue;
      const steps = stepsSince(history, link.introducedAt).filter((s) => s.source !== 'import' || s.at >= importFloor);
      if (!steps.length) continue;
      const informedAt = lastUpdateAbout(of(link.recommenderId), contactId);
      const pending = steps.filter((s) => s.at > informedAt);
      if (!pending.length) continue;
      const first = pending[0];
      out.push({
        key: `recommender-not-informed:${link.recommenderId}:${contactId}:${first.key || first.at}`,
        recommenderId: link.recommenderId,
        aboutContactId: contactId,
        depth: link.depth,
        path: link.path,
        steps: pending,
        dueAt: addLocalDays(first.at, delayDays),
      });
    }
  }
  return out;
}

/** A message to the recommender that tells them what happened (see owedUpdates). */
export function isUpdateTo(i: Interaction, aboutContactId: ContactId): boolean {
  return isUpdate(i) && (i.aboutContactId === undefined || i.aboutContactId === aboutContactId);
}

/** An update about someone, or about everyone (no `aboutContactId`): what can settle an owed update. */
export function isUpdate(i: Pick<Interaction, 'kind' | 'asks'> | undefined): boolean {
  if (!i) return false;
  return i.kind === 'update-sent' || (i.kind === 'message-sent' && Array.isArray(i.asks) && i.asks.includes('update'));
}

function lastUpdateAbout(recommenderHistory: readonly Interaction[], aboutContactId: ContactId): number {
  let last = -Infinity;
  for (const i of recommenderHistory) if (isUpdateTo(i, aboutContactId) && i.at > last) last = i.at;
  return last;
}

function finiteOr(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** Groups a flat list by contact (sorted by time); a lookup function is used as it is. */
export function interactionLookup(source: InteractionSource): (contactId: ContactId) => readonly Interaction[] {
  if (typeof source === 'function') return (id) => sortedByTime(source(id) ?? []);
  const groups = new Map<ContactId, Interaction[]>();
  for (const i of Array.isArray(source) ? source : []) {
    if (!i || typeof i.contactId !== 'string') continue;
    const g = groups.get(i.contactId);
    if (g) g.push(i);
    else groups.set(i.contactId, [i]);
  }
  const sorted = new Map([...groups].map(([id, g]) => [id, sortedByTime(g)] as const));
  return (id) => sorted.get(id) ?? [];
}
