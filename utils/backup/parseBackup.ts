import * as v from 'valibot';
import { checkEnvelope } from './envelope';
import { BACKUP_TABLES, MAX_BACKUP_BYTES, type BackupTableName, type BackupTables } from './format';
import { checkIntegrity } from './integrity';
import { clip, fieldIssue, issuePath, type BackupProblem, type Checked } from './problem';
import { ROW_SCHEMAS } from './rowSchemas';
import { upgradeTables } from './upgrades';

export interface ParsedBackup {
  /** The schema version the file was written with (the rows are upgraded to the current one). */
  fromSchemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

const refuse = (problem: BackupProblem): Checked<never> => ({ ok: false, problem });

/**
 * A file cut off during a download or a copy still opens its objects and lists without closing
 * them (or stops inside a string). Told apart from other damage by scanning the text rather than
 * by JSON.parse's message, which differs between browsers.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth += 1;
    else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}

/**
 * The whole file checked before anything is written: size, JSON, envelope, upgrade from an older
 * schema, every row field by field, duplicate keys and references. Pure; never throws.
 * `maxChars` exists for tests; the page also refuses a file whose byte size is too large before
 * reading it.
 */
export function parseBackup(text: string, { maxChars = MAX_BACKUP_BYTES }: { maxChars?: number } = {}): Checked<ParsedBackup> {
  if (typeof text !== 'string') return refuse({ code: 'foreign' });
  if (text.length > maxChars) return refuse({ code: 'too-large', size: text.length, max: maxChars });
  if (!text.trim()) return refuse({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse(/^\s*[[{]/.test(text) && looksTruncated(text) ? { code: 'truncated' } : { code: 'not-json' });
  }
  return checkBackupObject(json);
}

/** The same checks on an already parsed value. */
export function checkBackupObject(json: unknown): Checked<ParsedBackup> {
  const envelope = checkEnvelope(json);
  if (!envelope.ok) return envelope;
  const upgraded = upgradeTables(envelope.value.tables, envelope.value.schemaVersion);
  if (!upgraded.ok) return upgraded;
  const raw = upgraded.value;
  for (const name of Object.keys(raw)) if (!(BACKUP_TABLES as readonly string[]).includes(name)) return refuse({ code: 'unknown-table', table: clip(name, 60) });
  const tables = {} as Record<BackupTableName, unknown[]>;
  for (const name of BACKUP_TABLES) {
    const rows = raw[name];
    if (rows === undefined) return refuse({ code: 'missing-table', table: name });
    if (!Array.isArray(rows)) return refuse({ code: 'not-a-table', table: name });
    const schema = ROW_SCHEMAS[name] as v.GenericSchema;
    const out = new Array<unknown>(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      // valibot takes an array for an object; a record is a plain object, said so plainly.
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        return refuse({ code: 'bad-record', table: name, index, field: '', issue: { kind: 'type', expected: 'object', received: row === null ? 'null' : Array.isArray(row) ? 'array' : clip(String(typeof row === 'string' ? `"${row}"` : row), 40) } });
      const result = v.safeParse(schema, row, { abortEarly: true });
      if (!result.success) {
        const issue = result.issues[0];
        return refuse({ code: 'bad-record', table: name, index, field: issuePath(issue), issue: fieldIssue(issue) });
      }
      // The validated output, not the input: nothing the schema did not name is kept.
      out[index] = result.output;
    }
    tables[name] = out;
  }
  const valid = tables as unknown as BackupTables;
  const broken = checkIntegrity(valid);
  if (broken) return refuse(broken);
  return { ok: true, value: { fromSchemaVersion: envelope.value.schemaVersion, exportedAt: envelope.value.exportedAt, tables: valid } };
}
