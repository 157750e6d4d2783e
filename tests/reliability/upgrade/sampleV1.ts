import { ASK_TYPES, INTERACTION_KINDS, OUTCOMES, type Contact, type DueState, type Interaction, type Introduction, type NextStep, type RecommendationMade } from '../../../utils/model/types';
import { HOSTILE_STRINGS, hugeString, picker, prng } from '../prng';
import type { Tables } from './tables';

const T0 = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

export interface SampleSize {
  contacts: number;
  interactions: number;
  introductions: number;
  nextSteps: number;
  recommendationsMade: number;
  dueStates: number;
}

/** 10,000 records, in the proportions of a few years of use. */
export const TEN_THOUSAND: SampleSize = { contacts: 2_000, interactions: 5_000, introductions: 1_200, nextSteps: 1_000, recommendationsMade: 500, dueStates: 300 };

const TEXTS = [
  'Bonjour Sophie,\nMarc Dupont m’a conseillé de vous écrire 🙂',
  'Thanks for the intro — could I ask you two questions about data teams?',
  'Ça vous dirait un café « à l’ancienne » ? Œuvre, naïve, Zoë',
  '你好，我们在上海见过面。',
  ...HOSTILE_STRINGS,
];

/**
 * A database as schema version 1 holds it after years of use: every table, every optional field
 * somewhere, and the relations the rules depend on — introductions between existing contacts
 * (chains included), interactions, next steps and recommendations pointing at contacts (by id or
 * by alias), group messages naming the other recipients, updates about an introduced person,
 * promises pointing at the message that made them. Primary keys are explicit so relations can be
 * checked by key after an upgrade.
 */
export function sampleV1(size: SampleSize = TEN_THOUSAND, seed = 1): Tables {
  const r = prng(seed);
  const pick = picker(r);
  const text = (i: number) => (i % 37 === 0 ? hugeString(5_000 + (i % 3) * 4_000) : `${pick(TEXTS)} #${i}`);

  const contacts: Contact[] = [];
  for (let i = 0; i < size.contacts; i++) {
    const memberId = i % 9 === 0;
    const slug = memberId ? `ACoAAK${String(i).padStart(8, '0')}Qb` : i % 7 === 0 ? `zoë-ñúñez-${i}` : `person-${i}`;
    const c: Contact = {
      id: `linkedin:in/${slug}`,
      site: 'linkedin',
      name: i % 11 === 0 ? `${pick(HOSTILE_STRINGS)} ${i}` : i % 3 === 0 ? `Zoë Ñúñez 王 ${i}` : `Person ${i}`,
      aliases: !memberId && i % 5 === 0 ? [`linkedin:in/ACoAAB${String(i).padStart(10, '0')}`] : [],
      createdAt: T0 + i * 60_000,
      updatedAt: T0 + i * 120_000,
    };
    if (!memberId) c.profileUrl = `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
    // Headlines are capped at 500 characters by the capture (utils/messaging/limits.ts).
    if (i % 2 === 0) Object.assign(c, { headline: `${pick(TEXTS)} #${i}`.slice(0, 500), company: 'Société Générale & Cie', title: 'Directrice R&D', degree: pick([1, 2, 3] as const) });
    if (i % 4 === 1) Object.assign(c, { mutualCount: 1 + (i % 40), mutualNames: ['Amélie Poulain', 'محمد'], hiring: i % 8 === 1, openToWork: i % 8 === 5 });
    if (i % 6 === 2) Object.assign(c, { tier: pick(['close', 'regular', 'weak'] as const), cadenceDays: 30 + (i % 90), workedWith: i % 12 === 2, notes: `Rencontré·e au salon\n${pick(TEXTS)}` });
    if (i % 10 === 3) c.reachOverrides = { job: 'beyond', advice: 'within', intro: 'unknown' };
    if (i % 3 === 1) Object.assign(c, { lastInteractionAt: T0 + (i % 700) * DAY, lastSeenAt: T0 + (i % 500) * DAY });
    if (i % 5 === 4) Object.assign(c, { lastReplyAt: T0 + (i % 300) * DAY, connectedAt: T0 - (i % 1000) * DAY });
    contacts.push(c);
  }
  // Probable duplicates point at each other, as the capture flags them.
  for (let i = 13; i + 1 < contacts.length; i += 97) {
    contacts[i].possibleDuplicates = [contacts[i + 1].id];
    contacts[i + 1].possibleDuplicates = [contacts[i].id];
  }
  // A relation may name a contact by its alias: findContact resolves both.
  const refs = contacts.flatMap((c) => [c.id, ...c.aliases]);
  const someone = () => pick(contacts).id;
  const anyRef = () => pick(refs);

  const interactions: Interaction[] = [];
  for (let i = 0; i < size.interactions; i++) {
    const kind = INTERACTION_KINDS[i % INTERACTION_KINDS.length];
    const contactId = someone();
    const row: Interaction = {
      id: i + 1,
      key: i % 4 === 0 ? `import:${i.toString(36)}` : `cap${i.toString(16).padStart(10, '0')}:${contactId}`,
      contactId,
      kind,
      at: T0 + Math.floor(r() * 1_000) * DAY,
      site: 'linkedin',
      source: i % 4 === 0 ? 'import' : kind === 'message-sent' || kind === 'invite-sent' ? 'capture' : 'manual',
    };
    if (i % 5 !== 4) row.text = text(i);
    if (kind === 'message-sent' || kind === 'invite-sent') {
      row.surface = pick(['thread', 'overlay', 'invitation'] as const);
      row.asks = [pick(ASK_TYPES)];
      if (row.surface !== 'invitation') row.threadUrl = `https://www.linkedin.com/messaging/thread/2-${i.toString(36)}/`;
      if (i % 13 === 0) row.groupContactIds = [someone(), someone()].filter((g) => g !== contactId);
    }
    if (kind === 'outcome' || kind === 'meeting') row.outcome = pick(OUTCOMES);
    if (kind === 'give' || kind === 'received-give') row.giveKind = pick(['article', 'intro', 'congrats', 'help', 'endorsement', 'recommendation', 'other'] as const);
    if (kind === 'update-sent') Object.assign(row, { aboutContactId: anyRef(), asks: ['update'] });
    interactions.push(row);
  }

  const introductions: Introduction[] = [];
  const pairs = new Set<string>();
  while (introductions.length < size.introductions) {
    // Chains: the introduced person is often someone who was introduced by someone else.
    const contactId = someone();
    const recommenderId = introductions.length && r() < 0.3 ? pick(introductions).contactId : someone();
    if (recommenderId === contactId || pairs.has(`${recommenderId}|${contactId}`)) continue;
    pairs.add(`${recommenderId}|${contactId}`);
    introductions.push({ id: introductions.length + 1, recommenderId, contactId, at: T0 + Math.floor(r() * 900) * DAY, source: pick(['manual', 'draft', 'import'] as const) });
  }

  const nextSteps: NextStep[] = [];
  for (let i = 0; i < size.nextSteps; i++) {
    const source = pick(interactions);
    const step: NextStep = {
      id: i + 1,
      contactId: i % 2 ? source.contactId : anyRef(),
      kind: i % 3 ? 'promise' : 'next-step',
      text: i % 3 ? `Envoyer le lien promis #${i}` : `Prendre un café avec ${pick(TEXTS)}`,
      createdAt: source.at,
      due: source.at + (7 + (i % 30)) * DAY,
    };
    if (i % 2) step.sourceInteractionKey = source.key;
    if (i % 5 < 2) step.doneAt = step.due - DAY;
    nextSteps.push(step);
  }

  const recommendationsMade: RecommendationMade[] = [];
  for (let i = 0; i < size.recommendationsMade; i++) {
    const rec: RecommendationMade = {
      id: i + 1,
      candidateId: someone(),
      at: T0 + i * DAY,
      workedWith: i % 3 !== 0,
      outcome: pick(['pending', 'hired', 'rejected', 'no-news'] as const),
      source: pick(['capture', 'manual', 'import'] as const),
    };
    if (i % 4) rec.toContactId = anyRef();
    if (i % 2) rec.text = text(i);
    recommendationsMade.push(rec);
  }

  const dueStates: DueState[] = [];
  for (let i = 0; i < size.dueStates; i++) {
    const state: DueState = { key: `${pick(['keep-warm', 'promise-due', 'recommender-not-informed'])}:${contacts[i % contacts.length].id}:${i}` };
    if (i % 2) state.snoozedUntil = T0 + (400 + i) * DAY;
    else state.dismissedAt = T0 + (300 + i) * DAY;
    dueStates.push(state);
  }

  return { contacts, interactions, introductions, nextSteps, recommendationsMade, dueStates } as unknown as Tables;
}
