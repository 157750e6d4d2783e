// A deterministic, realistic network for the benchmarks: French and English names with accents and
// hyphens, headlines and companies, a long tail of people written to once or twice and a few close
// contacts with hundreds of exchanges, introductions in chains, promises and next steps, snoozes.
// Pure: `now` is an argument and the randomness is seeded.
import type { Contact, DueState, Interaction, InteractionKind, Introduction, NextStep, RecommendationMade, Tier } from '../../../utils/model/types';

const DAY = 86_400_000;

export interface NetworkSize {
  contacts: number;
  interactions: number;
  introductions: number;
  nextSteps: number;
}

export const FULL: NetworkSize = { contacts: 10_000, interactions: 100_000, introductions: 400, nextSteps: 600 };

export interface Network {
  contacts: Contact[];
  interactions: Interaction[];
  introductions: Introduction[];
  nextSteps: NextStep[];
  recommendationsMade: RecommendationMade[];
  dueStates: DueState[];
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Élodie', 'Théo', 'Anaïs', 'Jérôme', 'Maëlle', 'François', 'Chloé', 'Loïc', 'Inès', 'Noémie', 'Grégoire', 'Zoé', 'Hélène', 'Sébastien',
  'Aurélie', 'Rémi', 'Camille', 'Benoît', 'Jean-Baptiste', 'Marie-Hélène', 'Oliver', 'Priya', 'Daniel', 'Sofia', 'Léa', 'Marc', 'Anne-Sophie', 'Björn', 'Núria', 'Çağla'];
const LAST = ['Marchand', 'Girard', 'Lefèvre', 'Duval', 'Perrin', 'Nguyen', 'Bernard', 'Moreau', 'Haddad', 'Roux', 'Faure', 'Lambert', 'Caron', 'Picard',
  'Masson', 'Garnier', 'Chevalier', 'Leclerc', 'Rivière', 'Dubois', 'Marlowe', 'Raman', 'Okafor', 'García', 'Delorme', 'Carrère', 'de La Tour', 'Østergaard', 'Dupont', 'Lévêque'];
const TITLES = ['Product Manager', 'Responsable recrutement', 'Talent Acquisition Partner', 'Développeuse front-end', 'Data Engineer', 'Directeur technique',
  'Engineering Manager', 'Chargée de communication', 'Consultant SAP', 'UX Researcher', 'Head of Sales', 'Cheffe de projet', 'Recruiter', 'CTO'];
const COMPANIES = ['Lumen Health', 'Brightline QA', 'Société Générale', 'Doctolib', 'BlaBlaCar', 'Qonto', 'Capgemini', 'Datadog', 'Alan', 'Back Market', 'Mirakl', 'Ubisoft'];
const SENT = [
  'Bonjour {p}, merci pour votre retour ! Je vous envoie le lien vers l’article dont je parlais.',
  'Hi {p}, thanks again for your time yesterday. I’ll let you know how the interview goes.',
  'Bonjour {p}, Marc Dupont m’a conseillé de vous contacter : auriez-vous 20 minutes pour un échange sur votre parcours ?',
  'Félicitations pour ton nouveau poste, {p} ! 🎉',
  'Hello {p}, quick update: I had the interview with Sophie, it went well. Thanks for the introduction!',
  'Je te tiens au courant de la suite. Bonne journée !',
  'Would you be open to a short call next week about data teams at your company?',
  'Voici le document promis : https://example.org/guide-entretien.pdf',
];
const RECEIVED = ['Avec plaisir, tenez-moi au courant.', 'Sure, Tuesday works. Talk soon!', 'Merci pour le lien 🙏', 'Happy to help — say hi to Marc for me.'];
const PROMISES = ['Je vous envoie le lien vers l’article', 'I’ll send you the deck', 'Je te tiens au courant après l’entretien', 'Send the case study', 'Prévoir un café en septembre'];

function slugOf(name: string, k: number): string {
  return `${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}-${(k * 2654435761 >>> 0).toString(16).slice(0, 6)}`;
}

/** Someone the fixture pages show, made one of the most active contacts of the network. */
export interface Anchor {
  id: string;
  name: string;
  profileUrl: string;
}

/**
 * The whole network; `size` at FULL is 10,000 contacts and 100,000 interactions. `anchors` become
 * the first (most active) contacts, the first one introduced by the second, so the pages of the
 * LinkedIn fixtures open on a person with a long history and a recommender.
 */
/** How long the user has used Relais: the history's span (three years by default). */
export interface NetworkShape {
  historyDays?: number;
}

export function buildNetwork(size: NetworkSize, now: number, seed = 7, anchors: readonly Anchor[] = [], { historyDays = 1100 }: NetworkShape = {}): Network {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const tiers: (Tier | undefined)[] = ['close', 'regular', 'regular', 'weak', 'weak', undefined, undefined, undefined];
  const contacts: Contact[] = Array.from({ length: size.contacts }, (_, k) => {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const title = pick(TITLES);
    const company = pick(COMPANIES);
    const slug = slugOf(name, k);
    const c: Contact = {
      id: `linkedin:in/${slug}`,
      site: 'linkedin',
      name,
      profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
      aliases: k % 3 === 0 ? [`linkedin:in/ACoAA${(k * 7919).toString(36).padStart(8, 'x')}Q`] : [],
      headline: `${title} chez ${company}`,
      company,
      title,
      degree: (k % 10 < 3 ? 1 : k % 10 < 8 ? 2 : 3) as 1 | 2 | 3,
      mutualCount: Math.floor(r() * 60),
      tier: tiers[k % tiers.length],
      createdAt: now - Math.floor(Math.min(900, historyDays) * r()) * DAY,
      updatedAt: now - Math.floor(60 * r()) * DAY,
    };
    if (k % 11 === 0) c.mutualNames = [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`];
    if (k % 17 === 0) c.hiring = true;
    if (k % 23 === 0) c.openToWork = true;
    if (k % 9 === 0) c.workedWith = true;
    if (k % 40 === 0) c.notes = 'Rencontré·e au meetup Paris.js — parler de son équipe data.';
    if (anchors[k]) Object.assign(c, anchors[k], { aliases: [] });
    return c;
  });

  const kinds: InteractionKind[] = ['message-sent', 'message-sent', 'message-received', 'message-received', 'invite-sent', 'meeting', 'give', 'outcome', 'update-sent', 'call'];
  const interactions: Interaction[] = [];
  for (let k = 0; k < size.interactions; k++) {
    // Skewed: low indexes are the active few, most people were written to once or twice. Three
    // years of use, the active few over the last 400 days: about 130 interactions a day, 40 sent.
    const who = Math.min(size.contacts - 1, Math.floor(size.contacts * r() ** 2.2));
    const age = (who < size.contacts / 20 ? Math.min(400, historyDays) : historyDays) * r();
    const kind = kinds[Math.floor(r() * kinds.length)];
    const person = contacts[who].name.split(' ')[0];
    const text = kind === 'message-received' ? pick(RECEIVED) : kind.endsWith('sent') ? pick(SENT).replace('{p}', person) : undefined;
    const row: Interaction = {
      key: `bench-${k}`,
      contactId: contacts[who].id,
      kind,
      at: Math.floor(now - age * DAY),
      site: 'linkedin',
      surface: k % 2 ? 'thread' : 'overlay',
      source: 'capture',
    };
    if (text) row.text = text;
    if (kind === 'message-sent') row.asks = [text?.includes('20 minutes') || text?.includes('call') ? 'advice' : 'none'];
    if (kind === 'outcome') row.outcome = pick(['meeting', 'interview', 'offer', 'rejected'] as const);
    if (kind === 'give') row.giveKind = pick(['article', 'intro', 'congrats', 'help'] as const);
    if (kind !== 'meeting' && kind !== 'call') row.threadUrl = `https://www.linkedin.com/messaging/thread/2-${(who * 31).toString(36)}/`;
    interactions.push(row);
  }
  for (const i of interactions) {
    const c = contacts[indexOf(i.contactId, contacts)];
    if (!c) continue;
    if ((c.lastInteractionAt ?? -Infinity) < i.at) c.lastInteractionAt = i.at;
    if (i.kind === 'message-received' && (c.lastReplyAt ?? -Infinity) < i.at) c.lastReplyAt = i.at;
    // A captured contact exists from the first exchange on (an older history would read as imported).
    if (i.at < c.createdAt) c.createdAt = i.at;
  }

  // Introductions in chains: a few recommenders introduced people who introduced others.
  const introductions: Introduction[] = [];
  const introduced: number[] = [];
  if (anchors.length > 1 && size.contacts > 1) introductions.push({ recommenderId: contacts[1].id, contactId: contacts[0].id, at: now - 20 * DAY, source: 'manual' });
  const pairs = new Set<string>();
  while (introductions.length < size.introductions) {
    const from = introduced.length > 20 && r() < 0.3 ? introduced[Math.floor(r() * introduced.length)] : Math.floor(r() * size.contacts);
    const to = Math.floor(r() * size.contacts);
    if (from === to || pairs.has(`${from}>${to}`) || (to === 0 && anchors.length > 1)) continue;
    pairs.add(`${from}>${to}`);
    introduced.push(to);
    introductions.push({ recommenderId: contacts[from].id, contactId: contacts[to].id, at: Math.floor(now - 300 * r() * DAY), source: r() < 0.5 ? 'draft' : 'manual' });
  }
  const nextSteps: NextStep[] = Array.from({ length: size.nextSteps }, (_, k) => {
    const due = Math.floor(now + (r() - 0.7) * 60 * DAY);
    const step: NextStep = { contactId: contacts[Math.floor(r() * size.contacts)].id, kind: k % 2 ? 'promise' : 'next-step', text: pick(PROMISES), createdAt: due - 3 * DAY, due };
    if (r() < 0.5) step.doneAt = due - DAY;
    return step;
  });
  const recommendationsMade: RecommendationMade[] = Array.from({ length: Math.ceil(size.contacts / 200) }, (_, k) => ({
    candidateId: contacts[(k * 97) % size.contacts].id,
    toContactId: contacts[(k * 131 + 5) % size.contacts].id,
    at: now - (k + 1) * 5 * DAY,
    workedWith: k % 3 !== 0,
    text: 'Je recommande vivement Zoé, avec qui j’ai travaillé deux ans.',
    outcome: pick(['pending', 'hired', 'rejected', 'no-news'] as const),
    source: 'manual',
  }));
  const dueStates: DueState[] = introductions.slice(0, Math.ceil(size.introductions / 10)).map((i, k) => ({
    key: `bench-state-${k}-${i.contactId}`,
    ...(k % 2 ? { snoozedUntil: now + 3 * DAY } : { dismissedAt: now - DAY }),
  }));
  return { contacts, interactions, introductions, nextSteps, recommendationsMade, dueStates };
}

// Contact ids carry their index after the slug's hash only implicitly; keep a map for the fold above.
const indexCache = new WeakMap<Contact[], Map<string, number>>();
function indexOf(id: string, contacts: Contact[]): number {
  let m = indexCache.get(contacts);
  if (!m) {
    m = new Map(contacts.map((c, i) => [c.id, i]));
    indexCache.set(contacts, m);
  }
  return m.get(id) ?? -1;
}

/** One contact with `count` past interactions and the people around them, for the per-draft bench. */
export function contactWithHistory(count: number, now: number, seed = 11) {
  const net = buildNetwork({ contacts: 200, interactions: 0, introductions: 30, nextSteps: 20 }, now, seed);
  const r = rng(seed + 1);
  const contact = net.contacts[0];
  const recommender = net.contacts[1];
  net.introductions.push({ recommenderId: recommender.id, contactId: contact.id, at: now - 200 * DAY, source: 'manual' });
  const kinds: InteractionKind[] = ['message-sent', 'message-received', 'message-sent', 'meeting', 'give', 'outcome', 'message-received'];
  const interactions: Interaction[] = Array.from({ length: count }, (_, k) => {
    const kind = kinds[k % kinds.length];
    const text = kind === 'message-received' ? RECEIVED[k % RECEIVED.length] : SENT[k % SENT.length].replace('{p}', contact.name.split(' ')[0]);
    return {
      key: `hist-${k}`,
      contactId: contact.id,
      kind,
      at: Math.floor(now - (count - k) * 0.8 * DAY - r() * DAY),
      text,
      site: 'linkedin',
      source: 'capture',
      ...(kind === 'outcome' ? { outcome: 'interview' as const } : {}),
      ...(kind === 'give' ? { giveKind: 'article' as const } : {}),
    };
  });
  // Updates sent to the recommender about this contact, one every tenth step.
  for (let k = 0; k < count; k += 10)
    interactions.push({ key: `upd-${k}`, contactId: recommender.id, kind: 'update-sent', aboutContactId: contact.id, at: interactions[k].at + DAY, text: SENT[4], site: 'linkedin', source: 'capture' });
  // A day of outreach to other people, for living-spam's near-duplicate count.
  const recent: Interaction[] = net.contacts.slice(2, 60).map((c, k) => ({
    key: `recent-${k}`,
    contactId: c.id,
    kind: 'message-sent',
    at: now - k * 2 * 3_600_000,
    text: SENT[k % SENT.length].replace('{p}', c.name.split(' ')[0]),
    site: 'linkedin',
    source: 'capture',
  }));
  return { ...net, contact, recommender, interactions, recent };
}
