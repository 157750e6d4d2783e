// A year of Relais, as the person who filed the calm-due-list issue lived it: about 400 contacts
// and 4,000 interactions captured over twelve months (buildNetwork over 365 days), 40
// introductions of which six are chains of four hops with steps after each introduction, and
// 3,000 connections brought by a LinkedIn import and never written to. Pure and seeded; used by
// the scenario test (tests/unit/engine/yearOfUse.test.ts) and the demo (tests/demo/tours/30-due.mjs).
import type { Contact, ContactId, Interaction, InteractionKind, Introduction, Outcome } from '../../../utils/model/types';
import { buildNetwork, rng, type Network } from './network';

const DAY = 86_400_000;

export interface YearOfUse extends Network {
  /** The connections of the import (also in `contacts`). */
  imported: Contact[];
  /** Each chain of four hops, from the first recommender down: [A, B, C, D, E]. */
  chains: ContactId[][];
  /** When the import ran. */
  importedAt: number;
}

export const YEAR_SIZE = { contacts: 400, interactions: 4_000, introductions: 40, chains: 6, imported: 3_000 } as const;

export function yearOfUse(now: number, seed = 11): YearOfUse {
  const net = buildNetwork({ contacts: YEAR_SIZE.contacts, interactions: YEAR_SIZE.interactions, introductions: 0, nextSteps: 40 }, now, seed, [], { historyDays: 365 });
  const r = rng(seed + 100);
  const ids = net.contacts.map((c) => c.id);
  const interactions: Interaction[] = [...net.interactions];
  const introductions: Introduction[] = [];
  const chains: ContactId[][] = [];
  let k = 0;
  const step = (contactId: ContactId, kind: InteractionKind, at: number, outcome?: Outcome): void => {
    interactions.push({ key: `year-${k++}`, contactId, kind, at: Math.min(now - DAY, Math.floor(at)), site: 'linkedin', source: 'capture', ...(outcome ? { outcome } : {}) });
  };
  /** What followed an introduction: a message, often a reply, meetings, sometimes an outcome. */
  const story = (contactId: ContactId, from: number) => {
    const span = Math.max(2, (now - from) / DAY - 1);
    const at = (share: number) => from + share * span * DAY;
    step(contactId, 'message-sent', at(0.05));
    if (r() < 0.8) step(contactId, 'message-received', at(0.1));
    const meetings = Math.floor(r() * 4);
    for (let m = 0; m < meetings; m++) step(contactId, 'meeting', at(0.2 + 0.15 * m));
    if (r() < 0.4) step(contactId, 'outcome', at(0.85), (['interview', 'offer', 'rejected', 'hired'] as const)[Math.floor(r() * 4)]);
  };
  const introduce = (recommenderId: ContactId, contactId: ContactId, at: number) => {
    introductions.push({ recommenderId, contactId, at: Math.floor(at), source: r() < 0.5 ? 'draft' : 'manual' });
    story(contactId, at);
  };
  // Six chains of four hops: A introduced B, who introduced C, who introduced D, who introduced E.
  let next = 10;
  for (let c = 0; c < YEAR_SIZE.chains; c++) {
    const chain = ids.slice(next, next + 5);
    next += 5;
    chains.push(chain);
    let at = now - (300 - c * 30) * DAY;
    for (let h = 0; h < 4; h++) {
      introduce(chain[h], chain[h + 1], at);
      at += (15 + Math.floor(r() * 20)) * DAY;
    }
  }
  // The others directly, some of them told already.
  while (introductions.length < YEAR_SIZE.introductions) {
    const recommender = ids[next++];
    const contact = ids[next++];
    const at = now - (20 + Math.floor(r() * 320)) * DAY;
    introduce(recommender, contact, at);
    if (r() < 0.3) interactions.push({ key: `year-${k++}`, contactId: recommender, kind: 'update-sent', aboutContactId: contact, at: now - 2 * DAY, site: 'linkedin', source: 'manual' });
  }
  // The import, four months ago: 3,000 connections, a few with a message of theirs never answered.
  const importedAt = now - 120 * DAY;
  const imported: Contact[] = Array.from({ length: YEAR_SIZE.imported }, (_, i) => ({
    id: `linkedin:in/connection-${i.toString(36)}`,
    site: 'linkedin',
    name: `Connexion ${i}`,
    aliases: [],
    headline: 'Imported connection',
    createdAt: importedAt,
    updatedAt: importedAt,
    connectedAt: importedAt - Math.floor(r() * 3000) * DAY,
  }));
  for (const c of imported.filter((_, i) => i % 40 === 0)) {
    const at = c.connectedAt! + DAY;
    interactions.push({ key: `year-${k++}`, contactId: c.id, kind: 'message-received', at, site: 'linkedin', source: 'import' });
    c.lastInteractionAt = at;
  }
  // The contacts' clocks follow the new rows.
  const byId = new Map(net.contacts.map((c) => [c.id, c]));
  for (const i of interactions) {
    const c = byId.get(i.contactId);
    if (c && (c.lastInteractionAt ?? -Infinity) < i.at) c.lastInteractionAt = i.at;
    if (c && i.at < c.createdAt) c.createdAt = i.at;
  }
  return { ...net, contacts: [...net.contacts, ...imported], interactions, introductions, imported, chains, importedAt };
}
