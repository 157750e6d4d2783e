import Dexie from 'dexie';
import type { TabState } from '../background/tabState';
import { graphOf, recommendersUpChain, type IntroGraph } from '../chains/graph';
import { owedUpdates } from '../chains/owedUpdates';
import { findContact } from '../db/contactIdentity';
import type { RelaisDB } from '../db/database';
import { analyzeDraft } from '../drafts/analyzeDraft';
import type { KnownPerson } from '../drafts/names';
import { contactIdFromUrl, profileRefFromUrl } from '../model/contactId';
import type { DraftAnalysis } from '../model/draft';
import type { Bilingual, Finding, Severity } from '../model/finding';
import type { Settings } from '../model/settings';
import type { AskType, Contact, ContactId, Interaction, Introduction, NextStep, RecommendationMade, ReachVerdict } from '../model/types';
import { assessReach } from '../reach/assessReach';
import { ASK_NOUN } from '../reach/reachReasons';
import { asksOf } from '../rules/ask-without-give';
import { DAY, shiftOffQuietDays, startOfLocalDay } from '../rules/calendar';
import type { DraftContext, OutreachStats, RecommendedPerson } from '../rules/context';
import { findRecommendedPeople } from '../rules/findRecommendedPeople';
import { compareFindings, computeOutreachStats, evaluateContact, type RuleFailure } from '../rules/index';
import { both, days } from '../rules/makeFinding';
import { displayName, draftNames } from '../rules/names';
import { SIMILAR_WINDOW_DAYS } from '../rules/outreach';
import { stepsWords } from '../rules/stepWords';
import { prepareContexts, withDefaults } from './buildRuleContext';
import { NO_CACHE, type CheckReads } from './checkCache';

// The pre-send check of the conversation in a tab: who the user is writing to (or looking at),
// what every rule says about it, and the six-item checklist of the popup. Shared by the popup, the
// side panel and the background (badge colour), so no UI here. Loads only what the rules need,
// through indexes: the popup must answer in well under 100 ms with 10,000 contacts.

export const CHECKLIST_IDS = [
  'recommended-by',
  'ask-within-reach',
  'interest-shown',
  'gave-before-asking',
  'recommenders-informed',
  'next-occasion-planned',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface ChecklistItem {
  id: ChecklistId;
  /** true ✓, false ✗, null: does not apply here (–). */
  ok: boolean | null;
  reason: Bilingual;
  /** What to do about it (an advice-style rewording, whom to tell). */
  hint?: Bilingual;
}

/** Why there is (or is not) a conversation to check in this tab. */
export type PageState =
  | { kind: 'unsupported' }
  | { kind: 'site-off' }
  | { kind: 'waiting' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'not-a-conversation' }
  | { kind: 'nobody' }
  | { kind: 'conversation' };

export interface AskCheck {
  ask: AskType;
  /** The words of the draft that made the classifier see this ask (the "why"). */
  cues: string[];
  verdict: ReachVerdict;
  reasons: Bilingual[];
  /** An advice-style alternative when the ask is not clearly within reach. */
  hint?: Bilingual;
}

export interface OwedNote {
  key: string;
  recommenderId: ContactId;
  recommenderName: string;
  aboutContactId: ContactId;
  aboutName: string;
  dueAt: number;
  isDue: boolean;
  /** The update is owed to the person the draft is written to: say it in this message. */
  toThisContact: boolean;
  reason: Bilingual;
}

export interface Ledger {
  /** Messages with an ask sent before (the draft not counted). */
  asked: number;
  gave: number;
  received: number;
  draftAsks: boolean;
}

export interface RecommenderNote {
  id: ContactId;
  name: string;
  /** Whether the draft names them; null without a draft. */
  named: boolean | null;
}

export interface ContactCheck {
  contact: Contact;
  /** False when the person is not in the database yet (a first message to someone new). */
  known: boolean;
  recommenders: RecommenderNote[];
  asks: AskCheck[];
  owed: OwedNote[];
  /** Open promises and next steps, soonest first. */
  openSteps: NextStep[];
  ledger: Ledger;
  /** Every finding for this contact, most severe first. */
  findings: Finding[];
  /** Those that the draft being written raises (they vanish with it). */
  draftFindings: Finding[];
  failures: RuleFailure[];
  checklist: ChecklistItem[];
}

export interface ConversationCheck {
  page: PageState;
  /** What the contacts were read from. */
  source: 'draft' | 'profile' | 'thread' | 'none';
  draft?: { text: string; surface: 'thread' | 'overlay' | 'invitation'; at: number; analysis?: DraftAnalysis };
  contacts: ContactCheck[];
  /** The most severe finding raised by the draft (the toolbar badge turns to a warning on 'high'). */
  draftSeverity?: Severity;
}

export interface TabInput {
  /** The tab's URL when the caller knows it (tabs permission or activeTab); else the last status URL. */
  url?: string;
  state: TabState | undefined;
}

const LINKEDIN = /^https:\/\/www\.linkedin\.com\//i;
const MAX_RECIPIENTS = 10;
const MAX_CHAIN = 200;
/** A thread without a draft is matched to its people through the latest interactions only. */
const THREAD_SCAN = 300;
const MAX_CUE = 80;
const MAX_NAME_MATCHES = 100;
/** A send is recorded after the last draft report; this much clock slack is allowed between them. */
const SENT_MARGIN = 60_000;
/** Living-spam needs the week's sent messages; a week with more than this many rows is cut to the latest. */
const MAX_WEEK_ROWS = 1500;
/** The week of outreach is read again at least this often while the same conversation is checked. */
const WEEK_REFRESH = 60_000;

export interface CheckOptions {
  /**
   * Count the week's outreach for living-spam (default true). It reads up to a week of messages
   * and is most of the cost on a big database; the checklist and the badge do not need it (none
   * of the six items, and no high-severity finding, comes from it).
   */
  outreach?: boolean;
  /**
   * Where database reads that do not depend on the draft are remembered between calls (the
   * background keeps one per worker, cleared on every write). Without it everything is read anew.
   */
  cache?: CheckReads;
}

/** The pre-send check of the conversation or profile in a tab. Never throws: bad state gives a page state. */
export async function checkConversation(
  db: RelaisDB,
  tab: TabInput,
  settingsIn: Partial<Settings> | undefined,
  now: number,
  options: CheckOptions = {},
): Promise<ConversationCheck> {
  const settings = withDefaults(settingsIn);
  const reads = options.cache ?? NO_CACHE;
  const state = tab.state && typeof tab.state === 'object' ? tab.state : {};
  const status = state.status;
  const url = typeof tab.url === 'string' && tab.url ? tab.url : status?.url;
  const empty = (page: PageState): ConversationCheck => ({ page, source: 'none', contacts: [] });
  if (!url || !LINKEDIN.test(url)) return empty({ kind: 'unsupported' });
  if (settings.sites?.linkedin === false) return empty({ kind: 'site-off' });

  let draft = usableDraft(state);
  if (!draft && status && status.recognised === false) return empty({ kind: 'unreadable', reason: String(status.reason ?? '').slice(0, 300) });

  let source: ConversationCheck['source'] = 'none';
  let people: { id: ContactId; name: string; profileUrl?: string }[] = [];
  if (draft) {
    source = 'draft';
    for (const r of draft.recipients.slice(0, MAX_RECIPIENTS)) {
      const id = contactIdFromUrl(r?.profileUrl);
      if (id && !people.some((p) => p.id === id)) people.push({ id, name: typeof r.name === 'string' ? r.name : '', profileUrl: r.profileUrl });
    }
  } else if (!status) {
    return empty({ kind: 'waiting' });
  } else if (status.pageKind === 'profile') {
    source = 'profile';
    const id = contactIdFromUrl(status.url ?? url);
    if (id) people = [{ id, name: '' }];
  } else if (status.pageKind === 'thread') {
    source = 'thread';
    // The thread page the content script read tells who it is with; the stored history is the fallback.
    const seen = state.conversation?.surface === 'thread' ? state.conversation : undefined;
    const seenIds = (seen?.participants ?? []).map((p) => contactIdFromUrl(p?.profileUrl)).filter((id): id is ContactId => !!id);
    people = (seenIds.length ? seenIds : await reads.get(`thread:${threadKey(status.url ?? url)}`, () => peopleOfThread(db, status.url ?? url))).slice(0, MAX_RECIPIENTS).map((id) => ({ id, name: '' }));
  } else {
    return empty({ kind: 'not-a-conversation' });
  }

  try {
    const contacts: { contact: Contact; known: boolean }[] = [];
    for (const p of people) {
      const found = await reads.get(`contact:${p.id}`, () => findContact(db, p.id));
      if (found) {
        if (!contacts.some((c) => c.contact.id === found.id)) contacts.push({ contact: found, known: true });
      } else if (source === 'draft') {
        const ref = profileRefFromUrl(p.profileUrl);
        contacts.push({
          contact: { id: p.id, site: 'linkedin', name: p.name, profileUrl: ref && !ref.isMemberId ? ref.url : undefined, aliases: [], createdAt: now, updatedAt: now },
          known: false,
        });
      }
    }
    if (!contacts.length) return { page: { kind: 'nobody' }, source, contacts: [] };

    const data = await loadData(db, reads, contacts.map((c) => c.contact), draft?.text);
    if (draft && wasSent(draft, data)) draft = undefined;
    const analysis = draft?.text.trim() ? analyzeDraft(draft.text, await knownPeople(db, reads, draft.text, data.contacts)) : undefined;
    const outreach =
      analysis && options.outreach !== false
        ? outreachOf(await reads.get(`week:${Math.floor(now / WEEK_REFRESH)}`, () => loadWeek(db, now)), draft!.text, contacts[0].contact.id, settings, now)
        : undefined;
    const contextOf = prepareContexts({ ...data, settings, now });
    const checks = contacts.map(({ contact, known }) => {
      const draftCtx: DraftContext | undefined = analysis
        ? { analysis, isInvitation: draft!.surface === 'invitation' || undefined, recommends: data.recommends }
        : undefined;
      const ctx = contextOf(contact, { draft: draftCtx, outreach });
      const evaluation = evaluateContact(ctx);
      const baseline = analysis ? new Set(evaluateContact(contextOf(contact)).map((f) => f.key)) : new Set(evaluation.map((f) => f.key));
      const draftFindings = evaluation.filter((f) => !baseline.has(f.key));
      return describeContact({ contact, known, evaluation, failures: evaluation.failures, draftFindings, analysis, graph: data.graph, data, settings, now });
    });
    const draftSeverity = checks
      .flatMap((c) => c.draftFindings)
      .sort(compareFindings)
      .map((f) => f.severity)[0];
    return {
      page: { kind: 'conversation' },
      source,
      draft: draft ? { text: draft.text, surface: draft.surface, at: draft.at, analysis } : undefined,
      contacts: checks,
      draftSeverity,
    };
  } catch {
    return { page: { kind: 'nobody' }, source, contacts: [] };
  }
}

/**
 * The draft the tab reported, when it is still what the tab shows: the newest report wins (the
 * user moved to another profile or thread after typing), except on pages that are neither (the
 * messaging overlay floats over the feed and keeps its draft).
 */
function usableDraft(state: TabState): (NonNullable<TabState['draft']> & { text: string }) | undefined {
  const d = state.draft;
  if (!d || !Array.isArray(d.recipients) || d.recipients.length === 0) return undefined;
  const s = state.status;
  if (s && s.pageKind !== 'other' && Number.isFinite(s.at) && Number.isFinite(d.at) && s.at > d.at) return undefined;
  return { ...d, text: typeof d.text === 'string' ? d.text : '' };
}

/**
 * LinkedIn empties the composer on send without always firing an input event, so the last draft
 * streamed can be the message just sent. Once a sent message with the same text is stored after
 * it, it is history, not a draft.
 */
function wasSent(draft: { text: string; at: number }, data: Loaded): boolean {
  const text = normalise(draft.text);
  if (!text) return false;
  const since = (Number.isFinite(draft.at) ? draft.at : 0) - SENT_MARGIN;
  for (const list of data.historyOf.values())
    for (let k = list.length - 1; k >= 0 && list[k].at >= since; k--)
      if ((list[k].kind === 'message-sent' || list[k].kind === 'invite-sent') && normalise(list[k].text) === text) return true;
  return false;
}

function normalise(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Thread URLs compared without query, fragment or trailing slash. */
function threadKey(url: string | undefined): string {
  return (url ?? '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

async function peopleOfThread(db: RelaisDB, url: string): Promise<ContactId[]> {
  const key = threadKey(url);
  if (!key) return [];
  const recent = await db.interactions.orderBy('at').reverse().limit(THREAD_SCAN).toArray();
  const hit = recent.find((i) => threadKey(i.threadUrl) === key);
  if (!hit) return [];
  return [hit.contactId, ...(Array.isArray(hit.groupContactIds) ? hit.groupContactIds : [])].slice(0, MAX_RECIPIENTS);
}

interface Loaded {
  contacts: Contact[];
  interactions: Interaction[];
  introductions: Introduction[];
  graph: IntroGraph;
  nextSteps: NextStep[];
  recommendationsMade: RecommendationMade[];
  recommends?: RecommendedPerson[];
  contactsById: Map<ContactId, Contact>;
  /** Each person's loaded interactions, oldest first. */
  historyOf: Map<ContactId, Interaction[]>;
}

/** What does not depend on the draft: the chains of the subjects and everyone's history in them. */
interface Chains {
  introductions: Introduction[];
  chainContacts: Contact[];
  historyOf: Map<ContactId, Interaction[]>;
  nextSteps: NextStep[];
  recommendationsMade: RecommendationMade[];
}

/**
 * What the rules read about these contacts: their whole history, everyone up and down their
 * recommendation chains with their history since they entered it, their next steps and the
 * recommendations about them (all remembered in `reads` between keystrokes); and the people the
 * draft recommends, found by name.
 */
async function loadData(db: RelaisDB, reads: CheckReads, subjects: Contact[], draftText: string | undefined): Promise<Loaded> {
  const ids = subjects.map((c) => c.id);
  const recommendedNames = draftText ? findRecommendedPeople(draftText) : [];
  const [chains, named] = await Promise.all([
    reads.get(`chains:${ids.join(' ')}`, () => loadChains(db, ids)),
    Promise.all(
      recommendedNames.map((p) => reads.get(`named:${p.name.toLowerCase()}`, () => db.contacts.where('name').equalsIgnoreCase(p.name).limit(2).toArray())),
    ),
  ]);
  const contacts = new Map<ContactId, Contact>();
  for (const c of [...subjects, ...chains.chainContacts, ...named.flat()]) if (c && !contacts.has(c.id)) contacts.set(c.id, c);
  const recommends = recommendedNames.map((p, k) => (named[k].length === 1 ? { ...p, contactId: named[k][0].id } : p));
  return {
    contacts: [...contacts.values()],
    contactsById: contacts,
    historyOf: chains.historyOf,
    interactions: [...chains.historyOf.values()].flat(),
    introductions: chains.introductions,
    graph: graphOf(chains.introductions),
    nextSteps: chains.nextSteps,
    recommendationsMade: chains.recommendationsMade,
    recommends: draftText ? recommends : undefined,
  };
}

async function loadChains(db: RelaisDB, ids: ContactId[]): Promise<Chains> {
  const introductions = await chainIntroductions(db, ids);
  const since = new Map<ContactId, number>();
  for (const i of introductions) for (const id of [i.contactId, i.recommenderId]) since.set(id, Math.min(since.get(id) ?? Infinity, i.at));
  for (const id of ids) since.set(id, -Infinity);

  const [histories, chainContacts, nextSteps, recs] = await Promise.all([
    Promise.all(
      [...since].map(([id, from]) =>
        db.interactions
          .where('[contactId+at]')
          .between([id, Number.isFinite(from) ? from : Dexie.minKey], [id, Dexie.maxKey], true, true)
          .toArray(),
      ),
    ),
    db.contacts.bulkGet([...since.keys()].filter((id) => !ids.includes(id))),
    db.nextSteps.where('contactId').anyOf(ids).toArray(),
    Promise.all([db.recommendationsMade.where('candidateId').anyOf(ids).toArray(), db.recommendationsMade.where('toContactId').anyOf(ids).toArray()]),
  ]);
  const byId = new Map<number, RecommendationMade>();
  for (const r of recs.flat()) if (r.id !== undefined) byId.set(r.id, r);
  return {
    introductions,
    chainContacts: chainContacts.filter((c): c is Contact => !!c),
    // One indexed range per person, already in time order.
    historyOf: new Map<ContactId, Interaction[]>([...since.keys()].map((id, k) => [id, histories[k]])),
    nextSteps,
    recommendationsMade: [...byId.values()],
  };
}

/** Every introduction up and down the chains of these contacts, walked level by level (cycle-safe, bounded). */
async function chainIntroductions(db: RelaisDB, ids: ContactId[]): Promise<Introduction[]> {
  const found = new Map<number | string, Introduction>();
  const add = (list: Introduction[]) => list.forEach((i) => found.set(i.id ?? `${i.recommenderId}>${i.contactId}`, i));
  for (const [index, next] of [
    ['contactId', (i: Introduction) => i.recommenderId],
    ['recommenderId', (i: Introduction) => i.contactId],
  ] as const) {
    const seen = new Set<ContactId>(ids);
    let frontier = [...ids];
    while (frontier.length && seen.size < MAX_CHAIN) {
      const level = await db.introductions.where(index).anyOf(frontier).toArray();
      add(level);
      frontier = [];
      for (const i of level) {
        const id = next(i);
        if (!seen.has(id)) {
          seen.add(id);
          frontier.push(id);
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * The people a draft may name as its recommender: the contacts already loaded (the chains), and the
 * known contacts whose name starts with a capitalised word of the draft — found through the name
 * index, a few at most, never a scan of every contact.
 */
async function knownPeople(db: RelaisDB, reads: CheckReads, text: string, loaded: Contact[]): Promise<KnownPerson[]> {
  const out = new Map<ContactId, KnownPerson>(loaded.map((c) => [c.id, { id: c.id, name: c.name }]));
  const words = [...new Set(text.slice(0, 5000).match(/\p{Lu}[\p{L}\p{M}'’-]{1,}/gu) ?? [])].slice(0, 30);
  if (words.length) {
    // Case-sensitive on purpose: names are stored as LinkedIn shows them, capitalised like the
    // words picked from the draft, and the case-insensitive range walk costs ten times more.
    const found = await reads.get(`names:${words.join(' ')}`, () =>
      db.contacts
        .where('name')
        .startsWithAnyOf(words.map((w) => `${w} `))
        .limit(MAX_NAME_MATCHES)
        .toArray(),
    );
    for (const c of found) out.set(c.id, { id: c.id, name: c.name });
  }
  return [...out.values()];
}

/** The week's sent messages and who among today's people was written to before: no draft in it. */
interface Week {
  sent: Interaction[];
  knownBefore: Set<ContactId>;
}

/**
 * Recent outreach across all contacts (living-spam), through the `at` index: a week of rows. Only
 * people first written to today can make today's count, so only they are looked up further back.
 */
async function loadWeek(db: RelaisDB, now: number): Promise<Week> {
  const recent = await db.interactions
    .where('at')
    .between(now - SIMILAR_WINDOW_DAYS * DAY, now, true, true)
    .reverse()
    .limit(MAX_WEEK_ROWS)
    .toArray();
  const sent = recent.filter((i) => i.kind === 'message-sent' || i.kind === 'invite-sent');
  const earliest = Math.min(...sent.map((i) => i.at), now);
  const dayStart = startOfLocalDay(now);
  const before = new Set(sent.filter((i) => i.at < dayStart).map((i) => i.contactId));
  const today = [...new Set(sent.filter((i) => i.at >= dayStart && !before.has(i.contactId)).map((i) => i.contactId))];
  const older = await Promise.all(today.map((id) => db.interactions.where('[contactId+at]').between([id, Dexie.minKey], [id, earliest], true, false).first()));
  return { sent, knownBefore: new Set(today.filter((_, k) => older[k] !== undefined)) };
}

function outreachOf(week: Week, text: string, contactId: ContactId, settings: Settings, now: number): OutreachStats {
  return computeOutreachStats({ recent: week.sent, knownBefore: week.knownBefore, draft: { text, contactId }, settings, now });
}

interface Describe {
  contact: Contact;
  known: boolean;
  evaluation: Finding[];
  failures: RuleFailure[];
  draftFindings: Finding[];
  analysis?: DraftAnalysis;
  graph: IntroGraph;
  data: Loaded;
  settings: Settings;
  now: number;
}

function describeContact(d: Describe): ContactCheck {
  const { contact, analysis, graph, data, now, settings } = d;
  const lookup = (id: ContactId) => data.historyOf.get(id) ?? [];
  const history = lookup(contact.id);
  const byId = (id: ContactId) => (id === contact.id ? contact : data.contactsById.get(id));
  const name = (id: ContactId) => displayName(byId(id), id);

  const recommenders: RecommenderNote[] = [];
  for (const intro of [...(graph.recommendersOf.get(contact.id) ?? [])].sort((a, b) => b.at - a.at)) {
    const r = byId(intro.recommenderId);
    if (!r || recommenders.some((k) => k.id === r.id)) continue;
    recommenders.push({ id: r.id, name: displayName(r), named: analysis ? draftNames(analysis, r) : null });
  }

  const asks: AskCheck[] = [];
  for (const ask of analysis?.asks.asks ?? []) {
    if (ask === 'none') continue;
    const { verdict, reasons } = assessReach(contact, ask, history);
    const finding = d.evaluation.find((f) => f.rule === 'ask-beyond-reach' && f.details?.asks?.includes(ask));
    const cues = (analysis?.asks.cues ?? []).filter((c) => c.ask === ask).map((c) => clip(c.cue));
    asks.push({ ask, cues: [...new Set(cues)], verdict, reasons, hint: finding?.action?.label });
  }

  const exists = (id: ContactId) => !!byId(id);
  const owed: OwedNote[] = [];
  const note = (o: ReturnType<typeof owedUpdates>[number], toThisContact: boolean): OwedNote => {
    const dueAt = shiftOffQuietDays(o.dueAt, settings.quietDays);
    const what = stepsWords(o.steps, name(o.aboutContactId));
    const r = name(o.recommenderId);
    const about = name(o.aboutContactId);
    const when = dueAt <= now ? days((now - dueAt) / DAY) : days(Math.ceil((dueAt - now) / DAY));
    const late = now - dueAt < DAY ? both('due today', 'à faire aujourd’hui') : both(`due ${when.en} ago`, `à faire depuis ${when.fr}`);
    return {
      key: o.key,
      recommenderId: o.recommenderId,
      recommenderName: r,
      aboutContactId: o.aboutContactId,
      aboutName: about,
      dueAt,
      isDue: dueAt <= now,
      toThisContact,
      reason:
        dueAt <= now
          ? both(`${r} has not heard how it went with ${about}: ${what.en} (${late.en}).`, `${r} ne sait pas où vous en êtes avec ${about} : ${what.fr} (${late.fr}).`)
          : both(`Tell ${r} how it went with ${about} within ${when.en}: ${what.en}.`, `Dites à ${r} où vous en êtes avec ${about} d’ici ${when.fr} : ${what.fr}.`),
    };
  };
  for (const o of owedUpdates(contact.id, graph, lookup, settings, now, { exists })) owed.push(note(o, false));
  for (const o of owedUpdates('all', graph, lookup, settings, now, { exists }))
    if (o.recommenderId === contact.id && !owed.some((k) => k.key === o.key)) owed.push(note(o, true));
  owed.sort((a, b) => Number(b.toThisContact) - Number(a.toThisContact) || a.dueAt - b.dueAt);

  const openSteps = data.nextSteps.filter((s) => s.contactId === contact.id && (s.doneAt === undefined || s.doneAt === null)).sort((a, b) => a.due - b.due);

  const ledger: Ledger = { asked: 0, gave: 0, received: 0, draftAsks: asksOf(analysis?.asks.asks).length > 0 };
  for (const i of history) {
    if ((i.kind === 'message-sent' || i.kind === 'invite-sent') && asksOf(i.asks).length) ledger.asked++;
    else if (i.kind === 'give') ledger.gave++;
    else if (i.kind === 'received-give') ledger.received++;
  }

  const base = { contact, known: d.known, recommenders, asks, owed, openSteps, ledger, findings: d.evaluation, draftFindings: d.draftFindings, failures: d.failures };
  return { ...base, checklist: buildChecklist({ ...base, analysis, history, now }) };
}

interface ChecklistInput extends Omit<ContactCheck, 'checklist'> {
  analysis?: DraftAnalysis;
  history: readonly Interaction[];
  now: number;
}

const NO_DRAFT = both('No message being written.', 'Aucun message en cours d’écriture.');

/** The six items of the popup, each derived from the rules' findings and the data (exported for tests). */
export function buildChecklist(x: ChecklistInput): ChecklistItem[] {
  const name = displayName(x.contact);
  const of = (rule: Finding['rule']) => x.findings.filter((f) => f.rule === rule);
  return [recommendedBy(x, of, name), withinReach(x, name), interestShown(x, of), gaveBefore(x, of, name), informed(x, name), nextOccasion(x, of, name)];
}

type Of = (rule: Finding['rule']) => Finding[];

function recommendedBy(x: ChecklistInput, of: Of, name: string): ChecklistItem {
  const id = 'recommended-by';
  const notNamed = of('recommender-not-named')[0];
  const names = x.recommenders.map((r) => r.name).join(', ');
  if (notNamed) return { id, ok: false, reason: notNamed.reason, hint: notNamed.action?.label };
  if (x.recommenders.length) {
    const named = x.recommenders.filter((r) => r.named);
    if (!x.analysis) return { id, ok: true, reason: both(`Recommended by ${names}.`, `Recommandé par ${names}.`) };
    if (named.length)
      return { id, ok: true, reason: both(`Recommended by ${names}; your message names ${named[0].name}.`, `Recommandé par ${names} ; votre message cite ${named[0].name}.`) };
    return {
      id,
      ok: true,
      reason: both(`Recommended by ${names}; your earlier messages already said so.`, `Recommandé par ${names} ; vos messages précédents l’ont déjà dit.`),
    };
  }
  const cold = of('cold-without-recommendation')[0];
  if (cold) return { id, ok: false, reason: cold.reason, hint: cold.action?.label };
  const mention = x.analysis?.recommenders[0];
  if (mention)
    return {
      id,
      ok: true,
      reason: both(`Your message names ${mention.name} as the person who sent you.`, `Votre message cite ${mention.name} comme la personne qui vous envoie.`),
    };
  return { id, ok: null, reason: both(`Nobody is recorded as having introduced you to ${name}.`, `Personne n’est noté comme vous ayant présenté ${name}.`) };
}

function withinReach(x: ChecklistInput, name: string): ChecklistItem {
  const id = 'ask-within-reach';
  if (!x.analysis) return { id, ok: null, reason: NO_DRAFT };
  const real = x.asks.filter((a) => a.ask !== 'update');
  const power = real.filter((a) => a.verdict !== 'within');
  if (power.length) {
    const a = power.find((k) => k.verdict === 'beyond') ?? power[0];
    const noun = ASK_NOUN[a.ask];
    const why = { en: a.reasons.map((r) => r.en).join('; '), fr: a.reasons.map((r) => r.fr).join(' ; ') };
    const cue = a.cues[0];
    return {
      id,
      ok: false,
      reason:
        a.verdict === 'beyond'
          ? both(
              `You ask ${name} for ${noun.en}${cue ? ` (“${cue}”)` : ''}, probably beyond their reach: ${why.en}.`,
              `Vous demandez ${noun.fr} à ${name}${cue ? ` (« ${cue} »)` : ''}, sans doute hors de sa portée : ${why.fr}.`,
            )
          : both(
              `You ask ${name} for ${noun.en}${cue ? ` (“${cue}”)` : ''}; Relais cannot tell whether it is within their reach: ${why.en}.`,
              `Vous demandez ${noun.fr} à ${name}${cue ? ` (« ${cue} »)` : ''} ; Relais ne sait pas si c’est à sa portée : ${why.fr}.`,
            ),
      hint: a.hint,
    };
  }
  if (!real.length) return { id, ok: true, reason: both('Your message asks for nothing they could not give.', 'Votre message ne demande rien qu’on ne puisse donner.') };
  const nouns = real.map((a) => ASK_NOUN[a.ask]);
  return {
    id,
    ok: true,
    reason: both(
      `You ask for ${nouns.map((n) => n.en).join(', ')}, which is within their reach: ${real[0].reasons[0]?.en ?? ''}.`,
      `Vous demandez ${nouns.map((n) => n.fr).join(', ')}, ce qui est à sa portée : ${real[0].reasons[0]?.fr ?? ''}.`,
    ),
  };
}

function interestShown(x: ChecklistInput, of: Of): ChecklistItem {
  const id = 'interest-shown';
  if (!x.analysis) return { id, ok: null, reason: NO_DRAFT };
  const none = of('no-interest-shown')[0];
  if (none) return { id, ok: false, reason: none.reason };
  const i = x.analysis.interest;
  const asks = x.analysis.asks.asks;
  if (asks.length && asks.every((a) => a === 'update'))
    return { id, ok: null, reason: both('An update is about you by nature.', 'Donner des nouvelles, c’est parler de soi : normal.') };
  if (i.questionsToRecipient > 0) {
    const n = i.questionsToRecipient;
    return { id, ok: true, reason: both(`You ask them ${n} question${n > 1 ? 's' : ''} about themselves.`, `Vous lui posez ${n} question${n > 1 ? 's' : ''} sur lui ou elle.`) };
  }
  if (i.selfRefs < 3) return { id, ok: null, reason: both('Too short to tell.', 'Trop court pour en juger.') };
  return { id, ok: true, reason: both('Your message speaks about them at least as much as about you.', 'Votre message parle d’eux au moins autant que de vous.') };
}

function gaveBefore(x: ChecklistInput, of: Of, name: string): ChecklistItem {
  const id = 'gave-before-asking';
  const f = of('ask-without-give')[0];
  if (f) return { id, ok: false, reason: f.reason, hint: f.action?.label };
  const { asked, gave } = x.ledger;
  const total = asked + (x.ledger.draftAsks ? 1 : 0);
  if (total === 0)
    return {
      id,
      ok: null,
      reason: both(`You have asked ${name} for nothing so far (given: ${gave}).`, `Vous n’avez rien demandé à ${name} jusqu’ici (donné : ${gave}).`),
    };
  return { id, ok: true, reason: both(`Given ${gave} time${gave > 1 ? 's' : ''}, asked ${total}.`, `Donné ${gave} fois, demandé ${total} fois.`) };
}

function informed(x: ChecklistInput, name: string): ChecklistItem {
  const id = 'recommenders-informed';
  // Owed to the person being written to: this message is the natural place to say it.
  const here = x.owed.find((o) => o.toThisContact && (x.analysis || o.isDue));
  if (here) return { id, ok: false, reason: here.reason, hint: x.analysis ? both('Say it in this message.', 'Dites-le dans ce message.') : undefined };
  const due = x.owed.find((o) => o.isDue);
  if (due) return { id, ok: false, reason: due.reason };
  const soon = x.owed.find((o) => !o.toThisContact);
  if (soon) return { id, ok: true, reason: soon.reason };
  if (!x.recommenders.length) return { id, ok: null, reason: both(`Nobody introduced you to ${name}.`, `Personne ne vous a présenté ${name}.`) };
  const names = x.recommenders.map((r) => r.name).join(', ');
  return { id, ok: true, reason: both(`${names} knows where you stand with ${name}.`, `${names} sait où vous en êtes avec ${name}.`) };
}

function nextOccasion(x: ChecklistInput, of: Of, name: string): ChecklistItem {
  const id = 'next-occasion-planned';
  const missing = of('next-occasion-missing')[0];
  if (missing) return { id, ok: false, reason: missing.reason, hint: missing.action?.label };
  const step = x.openSteps[0];
  if (step) {
    const late = step.due <= x.now;
    const text = clip(step.text);
    const when = late ? days((x.now - step.due) / DAY) : days(Math.ceil((step.due - x.now) / DAY));
    return late
      ? { id, ok: false, reason: both(`Planned: “${text}”, due ${when.en} ago.`, `Prévu : « ${text} », en retard de ${when.fr}.`) }
      : { id, ok: true, reason: both(`Planned: “${text}”, in ${when.en}.`, `Prévu : « ${text} », dans ${when.fr}.`) };
  }
  const warm = of('keep-warm')[0];
  if (warm) return { id, ok: false, reason: warm.reason, hint: warm.action?.label };
  if (!x.history.length) return { id, ok: null, reason: both(`Nothing exchanged with ${name} yet.`, `Rien d’échangé avec ${name} pour l’instant.`) };
  return { id, ok: null, reason: both(`No meeting or news with ${name} calls for a next step yet.`, `Aucun rendez-vous ni nouvelle avec ${name} n’appelle encore d’étape suivante.`) };
}

function clip(text: string | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > MAX_CUE ? `${t.slice(0, MAX_CUE - 1)}…` : t;
}
