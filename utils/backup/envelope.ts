import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format';
import { BACKUP_LIMITS } from './limits';
import { clip, type Checked, type FieldIssue } from './problem';

/** Tables of any schema version, before upgrade: only known to be lists. */
export type RawTables = Record<string, unknown[]>;

export interface Envelope {
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  tables: RawTables;
}

const ENVELOPE_KEYS = new Set(['format', 'formatVersion', 'schemaVersion', 'exportedAt', 'tables']);
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
const describe = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x === 'string' ? `"${clip(x, 40)}"` : typeof x === 'object' ? 'object' : clip(String(x), 40));
const badHeader = (field: string, issue: FieldIssue) => ({ ok: false as const, problem: { code: 'bad-header' as const, field, issue } });

function positiveInteger(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 1;
}

/**
 * The outside of a backup: is it ours, can this version of Relais read it, and are its tables
 * lists. The rows themselves are checked after upgrade (parseBackup).
 */
export function checkEnvelope(json: unknown): Checked<Envelope> {
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) return { ok: false, problem: { code: 'foreign' } };
  // Versions first: a newer file may legitimately have fields this version does not know.
  const { formatVersion, schemaVersion, exportedAt, tables } = json;
  if (!positiveInteger(formatVersion)) return badHeader('formatVersion', { kind: 'type', expected: 'integer ≥ 1', received: describe(formatVersion) });
  if (formatVersion > BACKUP_FORMAT_VERSION) return { ok: false, problem: { code: 'format-newer', found: formatVersion, supported: BACKUP_FORMAT_VERSION } };
  if (!positiveInteger(schemaVersion)) return badHeader('schemaVersion', { kind: 'type', expected: 'integer ≥ 1', received: describe(schemaVersion) });
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, problem: { code: 'schema-newer', found: schemaVersion, supported: CURRENT_SCHEMA_VERSION } };
  for (const key of Object.keys(json)) if (!ENVELOPE_KEYS.has(key)) return badHeader(clip(key, 60), { kind: 'unknown-field' });
  if (typeof exportedAt !== 'string' || exportedAt.length > BACKUP_LIMITS.exportedAt || Number.isNaN(Date.parse(exportedAt)))
    return badHeader('exportedAt', { kind: 'type', expected: 'ISO 8601 date', received: describe(exportedAt) });
  if (!isPlainObject(tables)) return badHeader('tables', { kind: 'type', expected: 'object', received: describe(tables) });
  for (const [name, rows] of Object.entries(tables)) if (!Array.isArray(rows)) return { ok: false, problem: { code: 'not-a-table', table: clip(name, 60) } };
  return { ok: true, value: { formatVersion, schemaVersion, exportedAt, tables: tables as RawTables } };
}
