// A deterministic large network for the due-list query: 10,000 contacts, 100,000 interactions,
// a few hundred introductions and promises. Shaped like a real account: a few active contacts
// with many exchanges, a long tail of people written to once or twice, most of it months old.
import type { RelaisDB } from '../../../utils/db/database';
import type { Contact, Interaction, InteractionKind, Introduction, NextStep, Tier } from '../../../utils/model/types';

const DAY = 86_400_000;

export interface NetworkSize {
  contacts: number;
  interactions: number;
  introductions: number;
  nextSteps: number;
}

export const FULL_SIZE: NetworkSize = { contacts: 10_000, interactions: 100_000, introductions: 400, nextSteps: 600 };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildNetwork(size: NetworkSize, now: number, seed = 42) {
  const r = rng(seed);
  const tiers: (Tier | undefined)[] = ['close', 'regular', 'weak', undefined, undefined];
  const contacts: Contact[] = Array.from({ length: size.contacts }, (_, k) => ({
    id: `linkedin:in/person-${k}`,
    site: 'linkedin',
    name: `Person ${k}`,
    aliases: [],
    headline: k % 7 === 0 ? 'Talent Acquisition' : 'Engineer',
    degree: ((k % 3) + 1) as 1 | 2 | 3,
    tier: tiers[k % tiers.length],
    createdAt: now - 1000 * DAY,
    updatedAt: now - 10 * DAY,
  }));
  const kinds: InteractionKind[] = ['message-sent', 'message-received', 'message-sent', 'meeting', 'give', 'outcome'];
  const interactions: Interaction[] = [];
  for (let k = 0; k < size.interactions; k++) {
    // Skewed: low indexes are the active few.
    const who = Math.min(size.contacts - 1, Math.floor(size.contacts * r() ** 2.2));
    const age = (who < size.contacts / 20 ? 120 : 1000) * r() ** 1.5;
    const kind = kinds[Math.floor(r() * kinds.length)];
    interactions.push({
      key: `big-${k}`,
      contactId: contacts[who].id,
      kind,
      at: Math.floor(now - age * DAY),
      outcome: kind === 'outcome' ? 'interview' : undefined,
      site: 'linkedin',
      source: 'capture',
      text: 'Bonjour, merci pour votre retour.',
    });
  }
  for (const i of interactions) {
    const c = contacts[Number(i.contactId.slice('linkedin:in/person-'.length))];
    if ((c.lastInteractionAt ?? -Infinity) < i.at) c.lastInteractionAt = i.at;
  }
  const introductions: Introduction[] = [];
  const pairs = new Set<string>();
  while (introductions.length < size.introductions) {
    const a = Math.floor(r() * size.contacts);
    const b = Math.floor(r() * size.contacts);
    if (a === b || pairs.has(`${a}>${b}`)) continue;
    pairs.add(`${a}>${b}`);
    introductions.push({ recommenderId: contacts[a].id, contactId: contacts[b].id, at: Math.floor(now - 300 * r() * DAY), source: 'manual' });
  }
  const nextSteps: NextStep[] = Array.from({ length: size.nextSteps }, (_, k) => {
    const due = Math.floor(now + (r() - 0.7) * 60 * DAY);
    return {
      contactId: contacts[Math.floor(r() * size.contacts)].id,
      kind: k % 2 ? 'promise' : 'next-step',
      text: `Send the link ${k}`,
      createdAt: due - 3 * DAY,
      due,
      doneAt: r() < 0.5 ? due - DAY : undefined,
    };
  });
  return { contacts, interactions, introductions, nextSteps };
}

export async function fillDb(db: RelaisDB, data: ReturnType<typeof buildNetwork>): Promise<void> {
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps], async () => {
    await db.contacts.bulkAdd(data.contacts);
    await db.interactions.bulkAdd(data.interactions);
    await db.introductions.bulkAdd(data.introductions);
    await db.nextSteps.bulkAdd(data.nextSteps);
  });
}
