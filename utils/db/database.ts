import Dexie, { type EntityTable } from 'dexie';
import type { Contact, DueState, Interaction, Introduction, NextStep, RecommendationMade } from '../model/types';
import { dueDigestMiddleware } from './dueDigest/digestMiddleware';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DB_NAME = 'relais';

export type RelaisDBOptions = NonNullable<ConstructorParameters<typeof Dexie>[1]> & { versions?: readonly SchemaVersion[] };

/**
 * The Relais database. Captured data is written only by the background service worker; bulk
 * operations the user starts in an extension page (backup import, LinkedIn export import, erase)
 * run there in one transaction so that they are all-or-nothing.
 */
export class RelaisDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  introductions!: EntityTable<Introduction, 'id'>;
  nextSteps!: EntityTable<NextStep, 'id'>;
  recommendationsMade!: EntityTable<RecommendationMade, 'id'>;
  dueStates!: EntityTable<DueState, 'key'>;

  /**
   * `versions` defaults to the app's schemas; the upgrade tests pass an older prefix of them (to
   * build a database as an earlier release left it) or a longer list (a test-only next version).
   */
  constructor(name = DB_NAME, options: RelaisDBOptions = {}) {
    const { versions = SCHEMA_VERSIONS, ...dexieOptions } = options;
    // No live-query cache: Dexie keeps results there up to date from the writes it sees pass, and
    // the due digest is written below it (utils/db/dueDigest/digestMiddleware.ts). Live queries
    // read IndexedDB again on each change instead, as before Dexie 4.
    super(name, { cache: 'disabled', ...dexieOptions });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Every instance keeps the due digest with its writes (a no-op at a schema without it).
    this.use(dueDigestMiddleware);
  }
}

let instance: RelaisDB | undefined;

/** The shared database of this context (background or extension page). */
export function getDb(): RelaisDB {
  instance ??= new RelaisDB();
  return instance;
}
