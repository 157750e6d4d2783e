import type { Transaction } from 'dexie';
import { digestTablesOf, fillDueDigest } from './dueDigest/rebuildDueDigest';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Moves data from the previous version; must not lose a record (tested in tests/unit/db). */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema the database has had, oldest first. A change is a new entry with an upgrade
 * function, never an edit of an old one, and a test that upgrades a populated older database.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // id = linkedin:in/<slug or member id>; aliases = the other form of the same person.
      contacts: 'id, *aliases, name, lastInteractionAt, updatedAt, tier',
      // key = capture id (exactly-once writes); [contactId+at] serves timelines and clocks.
      interactions: '++id, &key, contactId, [contactId+at], at, kind',
      introductions: '++id, contactId, recommenderId, &[recommenderId+contactId]',
      nextSteps: '++id, contactId, due, doneAt',
      recommendationsMade: '++id, candidateId, toContactId',
      dueStates: 'key',
    },
  },
  {
    // Index-only: Dexie builds the two new indexes from the records, no data moves (no upgrade
    // function, identity backup step). The due list then read the contacts that could be due by
    // index (own cadences; creation dates for the import window); schema 3 replaced that. Every
    // table is restated so the schema of each version reads whole.
    version: 2,
    stores: {
      contacts: 'id, *aliases, name, lastInteractionAt, updatedAt, tier, cadenceDays, createdAt',
      interactions: '++id, &key, contactId, [contactId+at], at, kind',
      introductions: '++id, contactId, recommenderId, &[recommenderId+contactId]',
      nextSteps: '++id, contactId, due, doneAt',
      recommendationsMade: '++id, candidateId, toContactId',
      dueStates: 'key',
    },
  },
  {
    // The due digest (utils/db/dueDigest/): what the due list reads, kept by every write in the
    // write's own transaction, made here from the data already stored. The due list no longer
    // reads contacts by index, so schema 2's two indexes go (no data moves).
    version: 3,
    stores: {
      contacts: 'id, *aliases, name, lastInteractionAt, updatedAt, tier',
      interactions: '++id, &key, contactId, [contactId+at], at, kind',
      introductions: '++id, contactId, recommenderId, &[recommenderId+contactId]',
      nextSteps: '++id, contactId, due, doneAt',
      recommendationsMade: '++id, candidateId, toContactId',
      dueStates: 'key',
      dueDigest: 'bucket',
    },
    upgrade: (tx) => fillDueDigest(digestTablesOf(tx)),
  },
  {
    // Versions 4 and 5 are reserved for other changes in progress; they may land after this one.
    // The due digest counts each contact's exchanges each way (whom keeping in touch applies to)
    // and keeps those of people without a record: made again here from the data already stored.
    // No store or index changes.
    version: 6,
    stores: {
      contacts: 'id, *aliases, name, lastInteractionAt, updatedAt, tier',
      interactions: '++id, &key, contactId, [contactId+at], at, kind',
      introductions: '++id, contactId, recommenderId, &[recommenderId+contactId]',
      nextSteps: '++id, contactId, due, doneAt',
      recommendationsMade: '++id, candidateId, toContactId',
      dueStates: 'key',
      dueDigest: 'bucket',
    },
    upgrade: (tx) => fillDueDigest(digestTablesOf(tx)),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
