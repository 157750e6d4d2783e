import type { RawTables } from './envelope';

/**
 * Schema 2 only added indexes on contacts (`cadenceDays`, `createdAt`): a version 1 backup holds
 * rows of the same shape, which the database indexes as they are written. The step is the
 * identity, kept as a step so a version 1 file is upgraded, never refused for its age.
 */
export function upgradeV1ToV2(tables: RawTables): RawTables {
  return tables;
}
