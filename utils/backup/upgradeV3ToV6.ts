import type { RawTables } from './envelope';

/**
 * Schema 6 only changed what the due digest keeps (each contact's exchanges each way), and the
 * digest is never part of a backup: a version 3 backup holds rows of the same shape. The identity,
 * kept as a step so a version 3 file is upgraded. (Versions 4 and 5 are reserved for changes that
 * may land later, each with its own step.)
 */
export function upgradeV3ToV6(tables: RawTables): RawTables {
  return tables;
}
