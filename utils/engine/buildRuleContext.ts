import { graphOf, type IntroGraph } from '../chains/graph';
import { sortedByTime } from '../chains/steps';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Contact, ContactId, Interaction, Introduction, NextStep, RecommendationMade } from '../model/types';
import { foldLine } from '../text/fold';
import type { DraftContext, OutreachStats, RecommendedPerson, RuleContext } from '../rules/context';
import type { Exchanges } from '../rules/keptInTouch';
import { findRecommendedPeople } from '../rules/findRecommendedPeople';

/** What is shared by the contexts of many contacts (the due list builds it once). */
export interface SharedData {
  /** Known contacts: at least the ones evaluated and their recommenders (to name them). */
  contacts: Iterable<Contact>;
  /** Interactions of the evaluated contacts and of the people in their chains, any order. */
  interactions: readonly Interaction[];
  introductions: readonly Introduction[] | IntroGraph;
  nextSteps?: readonly NextStep[];
  recommendationsMade?: readonly RecommendationMade[];
  settings?: Partial<Settings>;
  /** Exchanges each way as the due digest counted them, when the histories are not read. */
  exchangesOf?: (id: ContactId) => Exchanges | undefined;
  now: number;
}

export interface ContactData {
  draft?: DraftContext;
  outreach?: OutreachStats;
}

export type ContextFactory = (contact: Contact, extra?: ContactData) => RuleContext;

/**
 * Indexes the shared data once (contacts by id and alias, interactions by contact, the graph,
 * next steps and recommendations by contact) and returns a cheap per-contact context builder.
 */
export function prepareContexts(data: SharedData): ContextFactory {
  const byId = new Map<ContactId, Contact>();
  for (const c of data.contacts ?? []) if (c && typeof c.id === 'string') byId.set(c.id, c);
  // Names are folded only when a draft needs them resolved (the due list never does).
  let byName: Map<string, Contact[]> | undefined;
  const namesIndex = () => (byName ??= indexNames(byId));
  // Aliases (the member-id form of a slug id) find the same person, without shadowing a real id.
  for (const c of [...byId.values()]) for (const a of Array.isArray(c.aliases) ? c.aliases : []) if (!byId.has(a)) byId.set(a, c);

  const interactionsBy = groupBy(data.interactions ?? [], (i) => i.contactId);
  for (const [id, list] of interactionsBy) interactionsBy.set(id, sortedByTime(list) as Interaction[]);
  const stepsBy = groupBy(data.nextSteps ?? [], (s) => s.contactId);
  const recs = data.recommendationsMade ?? [];
  const recsBy = new Map<ContactId, RecommendationMade[]>();
  for (const r of recs) {
    if (!r) continue;
    for (const id of new Set([r.candidateId, r.toContactId])) if (id) recsBy.set(id, [...(recsBy.get(id) ?? []), r]);
  }
  const graph = graphOf(data.introductions ?? []);
  const settings = withDefaults(data.settings);
  const contactsById = (id: ContactId) => byId.get(id);
  const interactionsOf = (id: ContactId) => interactionsBy.get(id) ?? [];

  return (contact, extra = {}) => ({
    contact,
    contactsById,
    interactions: interactionsOf(contact.id),
    interactionsOf,
    exchangesOf: data.exchangesOf,
    introductions: graph,
    nextSteps: stepsBy.get(contact.id) ?? [],
    recommendationsMade: recsBy.get(contact.id) ?? [],
    draft: extra.draft ? resolveRecommended(extra.draft, namesIndex) : undefined,
    outreach: extra.outreach,
    settings,
    now: data.now,
  });
}

/** One contact's context from plain data. */
export function buildRuleContext(data: SharedData & ContactData & { contact: Contact }): RuleContext {
  const contacts = [data.contact, ...(data.contacts ?? [])];
  return prepareContexts({ ...data, contacts })(data.contact, data);
}

/** Settings with every missing or broken field taken from the defaults, field by field. */
export function withDefaults(s: Partial<Settings> | undefined): Settings {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...(s ?? {}) };
  merged.cadenceDays = { ...DEFAULT_SETTINGS.cadenceDays, ...(s?.cadenceDays ?? {}) };
  if (!Array.isArray(merged.quietDays)) merged.quietDays = DEFAULT_SETTINGS.quietDays;
  return merged;
}

/** People the draft recommends, matched to known contacts by full name when exactly one fits. */
function resolveRecommended(draft: DraftContext, names: () => Map<string, Contact[]>): DraftContext {
  if (draft.recommends || draft.isRecommendationOfContact) return draft;
  const recommends: RecommendedPerson[] = findRecommendedPeople(draft.analysis?.text).map((p) => {
    const matches = names().get(foldLine(p.name)) ?? [];
    return matches.length === 1 ? { ...p, contactId: matches[0].id } : p;
  });
  return { ...draft, recommends };
}

function indexNames(byId: Map<ContactId, Contact>): Map<string, Contact[]> {
  const out = new Map<string, Contact[]>();
  for (const [id, c] of byId) {
    if (id !== c.id) continue; // an alias entry of a contact already indexed
    const folded = foldLine(c.name);
    if (!folded) continue;
    const list = out.get(folded);
    if (list) list.push(c);
    else out.set(folded, [c]);
  }
  return out;
}

function groupBy<T>(list: readonly T[], key: (t: T) => ContactId | undefined): Map<ContactId, T[]> {
  const out = new Map<ContactId, T[]>();
  for (const item of list) {
    if (!item) continue;
    const k = key(item);
    if (typeof k !== 'string') continue;
    const g = out.get(k);
    if (g) g.push(item);
    else out.set(k, [item]);
  }
  return out;
}
