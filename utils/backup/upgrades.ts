import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import type { RawTables } from './envelope';
import type { Checked } from './problem';
import { upgradeV1ToV2 } from './upgradeV1ToV2';
import { upgradeV2ToV3 } from './upgradeV2ToV3';

/**
 * Moves the tables of a backup from schema version N to N + 1, as the Dexie upgrade of the same
 * step moves a live database (utils/db/schema.ts). Pure: takes the rows, returns new rows. The
 * input is unchecked (it is validated against the current schema afterwards), so a step must not
 * throw on odd rows; if it does, the backup is refused with the reason.
 */
export type BackupUpgrade = (tables: RawTables) => RawTables;

/**
 * One step per schema version, keyed by the version it upgrades *from*, one file per step (a test
 * fails until every older version has its step). A backup is upgraded, never refused for being old.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = { 1: upgradeV1ToV2, 2: upgradeV2ToV3 };

export function upgradeTables(
  tables: RawTables,
  from: number,
  to: number = CURRENT_SCHEMA_VERSION,
  steps: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
): Checked<RawTables> {
  let current = tables;
  for (let version = from; version < to; version += 1) {
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
