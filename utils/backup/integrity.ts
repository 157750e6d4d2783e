import type { BackupTableName, BackupTables } from './format';
import { clip, type BackupProblem } from './problem';

/** Primary keys and unique indexes of the schema (utils/db/schema.ts): a backup must not break them. */
const UNIQUE: { table: BackupTableName; field: string; keyOf: (row: never) => string | number }[] = [
  { table: 'contacts', field: 'id', keyOf: (r: { id: string }) => r.id },
  { table: 'interactions', field: 'id', keyOf: (r: { id: number }) => r.id },
  { table: 'interactions', field: 'key', keyOf: (r: { key: string }) => r.key },
  { table: 'introductions', field: 'id', keyOf: (r: { id: number }) => r.id },
  { table: 'introductions', field: 'recommenderId+contactId', keyOf: (r: { recommenderId: string; contactId: string }) => `${r.recommenderId}\n${r.contactId}` },
  { table: 'nextSteps', field: 'id', keyOf: (r: { id: number }) => r.id },
  { table: 'recommendationsMade', field: 'id', keyOf: (r: { id: number }) => r.id },
  { table: 'dueStates', field: 'key', keyOf: (r: { key: string }) => r.key },
];

/**
 * References every writer of the database keeps (an interaction always belongs to a stored
 * contact…). Softer links (aliases, group recipients, the person an update was about, whom a
 * recommendation went to) may name people never stored, so they are not checked here.
 */
const REFERENCES: { table: BackupTableName; field: string; idOf: (row: never) => string }[] = [
  { table: 'interactions', field: 'contactId', idOf: (r: { contactId: string }) => r.contactId },
  { table: 'introductions', field: 'recommenderId', idOf: (r: { recommenderId: string }) => r.recommenderId },
  { table: 'introductions', field: 'contactId', idOf: (r: { contactId: string }) => r.contactId },
  { table: 'nextSteps', field: 'contactId', idOf: (r: { contactId: string }) => r.contactId },
  { table: 'recommendationsMade', field: 'candidateId', idOf: (r: { candidateId: string }) => r.candidateId },
];

/** Duplicate keys, then references to contacts that are not in the backup; null when sound. */
export function checkIntegrity(tables: BackupTables): BackupProblem | null {
  for (const { table, field, keyOf } of UNIQUE) {
    const seen = new Map<string | number, number>();
    const rows = tables[table] as never[];
    for (let index = 0; index < rows.length; index += 1) {
      const k = keyOf(rows[index]);
      const first = seen.get(k);
      if (first !== undefined) return { code: 'duplicate-key', table, field, value: clip(String(k).replace('\n', ' → ')), first, second: index };
      seen.set(k, index);
    }
  }
  // A contact may be referred to by one of its aliases (the member-id form of the same person).
  const known = new Set<string>();
  for (const c of tables.contacts) {
    known.add(c.id);
    for (const alias of c.aliases) known.add(alias);
  }
  for (const { table, field, idOf } of REFERENCES) {
    const rows = tables[table] as never[];
    for (let index = 0; index < rows.length; index += 1) {
      const id = idOf(rows[index]);
      if (!known.has(id)) return { code: 'dangling-reference', table, index, field, value: clip(id) };
    }
  }
  return null;
}
