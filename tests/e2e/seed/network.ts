// A year of networking for the dashboard's end-to-end tests and demo: people introduced in chains
// up to four steps long, steps with some of them (so recommenders are owed news, some overdue),
// three David Martins at three companies and an old and a new profile of Jean Petit flagged as
// duplicates, one busy contact with a long history, and recommendations the user made.
import type { Contact, Interaction, Introduction, RecommendationMade } from '../../../utils/model/types';

export interface SeedNetwork {
  contacts: Contact[];
  interactions: Interaction[];
  introductions: Introduction[];
  recommendationsMade: RecommendationMade[];
}

const DAY = 864e5;
const FIRST = ['Marc', 'Sophie', 'Léa', 'Daniel', 'Amélie', 'Thomas', 'Chloé', 'Hugo', 'Inès', 'Olivier', 'Priya', 'James', 'Camille', 'Nathan', 'Zoé', 'Karim', 'Élodie', 'Lucas', 'Grace', 'Mathieu', 'Aïcha', 'Benoît', 'Hannah', 'Julien'];
const LAST = ['Dupont', 'Martin', 'Durand', 'Okafor', 'Lefèvre', 'Moreau', 'Fontaine', 'Nguyen', 'Girard', 'Rousseau', 'Patel', 'Walker', 'Bernard', 'Faure', 'Schmidt', 'Haddad', 'Mercier', 'Lambert', 'Kowalski', 'Carrère', 'de La Rochefoucauld-Montbel', 'Diallo'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Northfield Bank', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const TITLES = ['Head of Data', 'Engineering Manager', 'Chargée de recrutement', 'Product Designer', 'CTO', 'Data Scientist', 'Directrice marketing', 'Talent Partner'];

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const slugOf = (name: string, k: number) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')}-${k.toString(36)}`;

/** `people` is how many people the introductions name (the graph's size, the user aside). */
export function buildSeedNetwork({ people, now, seed = 11 }: { people: number; now: number; seed?: number }): SeedNetwork {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const contacts: Contact[] = [];
  const interactions: Interaction[] = [];
  const introductions: Introduction[] = [];
  const person = (name: string, k: number, extra: Partial<Contact> = {}): Contact => {
    const slug = slugOf(name, k);
    const company = extra.company ?? pick(COMPANIES);
    const c: Contact = {
      id: `linkedin:in/${slug}`,
      site: 'linkedin',
      name,
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      aliases: [],
      headline: `${pick(TITLES)} at ${company}`,
      company,
      degree: (1 + Math.floor(next() * 2)) as 1 | 2,
      createdAt: now - 400 * DAY,
      updatedAt: now - 10 * DAY,
      ...extra,
    };
    contacts.push(c);
    return c;
  };
  const say = (c: Contact, kind: Interaction['kind'], at: number, text?: string, extra: Partial<Interaction> = {}) => {
    interactions.push({ key: `seed:${c.id}:${interactions.length}`, contactId: c.id, kind, at, text, site: 'linkedin', source: 'manual', surface: 'manual', ...extra });
    c.lastInteractionAt = Math.max(c.lastInteractionAt ?? 0, at);
  };

  // The graph: heads of chains (about a quarter), each later person introduced by someone earlier,
  // most often by someone near the start of a chain, so chains reach four steps.
  const inGraph: Contact[] = [];
  const depth = new Map<string, number>();
  const named = new Set<string>();
  for (let k = 0; named.size < people && k < people * 20; k++) {
    const c = person(`${pick(FIRST)} ${pick(LAST)}`, k);
    // The last one must be introduced by someone already in the graph, to make the count exact.
    const candidates = inGraph.filter((p) => (depth.get(p.id) ?? 1) < 4 && (named.size < people - 1 || named.has(p.id)));
    if (k === 0 || !candidates.length || next() < 0.25) say(c, 'message-sent', now - (30 + Math.floor(next() * 300)) * DAY, 'Bonjour, merci pour votre temps la semaine dernière.');
    else {
      const r = candidates[Math.floor(Math.pow(next(), 1.6) * candidates.length)];
      const at = now - (60 + Math.floor(next() * 200)) * DAY;
      introductions.push({ recommenderId: r.id, contactId: c.id, at, source: 'manual' });
      named.add(r.id).add(c.id);
      depth.set(c.id, (depth.get(r.id) ?? 1) + 1);
      // The first message, then news to the recommender: nothing owed for it.
      say(c, 'message-sent', at + DAY, 'Bonjour, Marc m’a suggéré de vous écrire.');
      say(r, 'update-sent', at + 3 * DAY, 'Merci encore pour la mise en relation !', { aboutContactId: c.id });
      // A step since the introduction: the recommender is owed news, overdue or soon.
      const roll = next();
      if (roll < 0.12) say(c, 'meeting', now - (20 + Math.floor(next() * 20)) * DAY, 'Café — conseils sur le marché');
      else if (roll < 0.2) say(c, 'outcome', now - 2 * DAY, undefined, { outcome: 'interview' });
    }
    inGraph.push(c);
  }

  // Duplicates: three David Martins at three companies, and an old and a new Jean Petit.
  const davids = ['Acme', 'Globex', 'Initech'].map((company, k) => person('David Martin', 1000 + k, { company, headline: `${TITLES[k]} at ${company}` }));
  for (const d of davids) d.possibleDuplicates = davids.filter((o) => o !== d).map((o) => o.id);
  const jeans = [0, 1].map((k) => person('Jean Petit', 1100 + k, { company: 'Hooli', headline: 'Product Designer at Hooli', createdAt: now - (k ? 30 : 400) * DAY }));
  jeans[0].possibleDuplicates = [jeans[1].id];
  jeans[1].possibleDuplicates = [jeans[0].id];
  for (const c of [...davids, ...jeans]) say(c, 'message-sent', now - 90 * DAY, 'Hello!');

  // One busy contact: fourteen months of exchanges, several a week.
  const busy = inGraph[1] ?? inGraph[0];
  for (let d = 420; d > 3; d -= 1 + Math.floor(next() * 3))
    say(busy, next() < 0.5 ? 'message-sent' : 'message-received', now - d * DAY - Math.floor(next() * 8) * 36e5, next() < 0.5 ? 'Merci pour le lien, je regarde et je reviens vers vous.' : 'Thanks — see you Thursday?');

  const recommendationsMade: RecommendationMade[] = inGraph.slice(2, 6).map((c, k) => ({
    candidateId: c.id,
    toContactId: inGraph[(k + 7) % inGraph.length].id,
    at: now - (20 + k * 30) * DAY,
    workedWith: k % 2 === 0,
    outcome: (['pending', 'hired', 'rejected', 'no-news'] as const)[k % 4],
    source: 'manual',
  }));
  return { contacts, interactions, introductions, recommendationsMade };
}
