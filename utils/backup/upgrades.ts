import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../db/schema';
import type { RawTables } from './envelope';
import type { Checked } from './problem';
import { upgradeV1ToV2 } from './upgradeV1ToV2';
import { upgradeV2ToV3 } from './upgradeV2ToV3';
import { upgradeV3ToV6 } from './upgradeV3ToV6';

/**
 * Moves the tables of a backup from schema version N to N + 1, as the Dexie upgrade of the same
 * step moves a live database (utils/db/schema.ts). Pure: takes the rows, returns new rows. The
 * input is unchecked (it is validated against the current schema afterwards), so a step must not
 * throw on odd rows; if it does, the backup is refused with the reason.
 */
export type BackupUpgrade = (tables: RawTables) => RawTables;

/**
 * One step per schema version, keyed by the version it upgrades *from*, to the next version the
 * schema declares (numbers reserved for work not landed yet are skipped), one file per step (a
 * test fails until every older version has its step). A backup is upgraded, never refused for
 * being old.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = { 1: upgradeV1ToV2, 2: upgradeV2ToV3, 3: upgradeV3ToV6 };

const DECLARED = SCHEMA_VERSIONS.map((v) => v.version);

export function upgradeTables(
  tables: RawTables,
  from: number,
  to: number = CURRENT_SCHEMA_VERSION,
  steps: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
  declared: readonly number[] = DECLARED,
): Checked<RawTables> {
  let current = tables;
  if (from < to && !declared.includes(from)) return { ok: false, problem: { code: 'no-upgrade', found: from } };
  for (const version of declared.filter((v) => v >= from && v < to)) {
    const step = steps[version];
    if (!step) return { ok: false, problem: { code: 'no-upgrade', found: from } };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, problem: { code: 'upgrade-failed', found: from, detail: error instanceof Error ? error.message.slice(0, 200) : 'error' } };
    }
  }
  return { ok: true, value: current };
}
