import type { RawTables } from './envelope';

/**
 * Schema 3 added the due digest, derived from the other tables and never part of a backup (the
 * database makes it again as the rows are written), and dropped two indexes: a version 2 backup
 * holds rows of the same shape. The identity, kept as a step so a version 2 file is upgraded.
 */
export function upgradeV2ToV3(tables: RawTables): RawTables {
  return tables;
}
