import type { SchemaVersion } from '../../../utils/db/schema';

export type Row = Record<string, unknown>;
/** Every row of every table, by table name: what a database holds, version-independent. */
export type Tables = Record<string, Row[]>;

export const countRecords = (t: Tables) => Object.values(t).reduce((n, rows) => n + rows.length, 0);

export interface IndexSpec {
  name: string;
  /** Key paths: one, or several for a compound index `[a+b]`. */
  paths: string[];
  multiEntry: boolean;
}

/** The stores of a schema as they stand at `version` (Dexie inherits tables not redeclared). */
export function storesAt(versions: readonly SchemaVersion[], version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const v of versions) {
    if (v.version > version) break;
    for (const [table, spec] of Object.entries(v.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

function parseIndex(raw: string): IndexSpec {
  const name = raw.trim().replace(/^(\+\+|&|\*)/, '');
  const multiEntry = raw.trim().startsWith('*');
  const paths = name.startsWith('[') ? name.slice(1, -1).split('+') : [name];
  return { name, paths, multiEntry };
}

export function primaryKeyOf(spec: string): string {
  return parseIndex(spec.split(',')[0]).name;
}

export function indexesOf(spec: string): IndexSpec[] {
  return spec.split(',').slice(1).map(parseIndex).filter((i) => i.name);
}

/** Whether IndexedDB accepts `k` as a key (a row whose index value is not a key is not indexed). */
function isKey(k: unknown): boolean {
  if (typeof k === 'number') return !Number.isNaN(k);
  if (typeof k === 'string') return true;
  if (k instanceof Date) return !Number.isNaN(k.getTime());
  if (Array.isArray(k)) return k.every(isKey);
  return false;
}

/** The keys an index must hold for these rows, as IndexedDB computes them. */
export function expectedIndexKeys(rows: Row[], index: IndexSpec): unknown[] {
  const keys: unknown[] = [];
  for (const row of rows) {
    const values = index.paths.map((p) => row[p]);
    if (index.paths.length > 1) {
      if (values.every(isKey)) keys.push(values);
    } else if (index.multiEntry && Array.isArray(values[0])) {
      for (const k of new Set((values[0] as unknown[]).filter(isKey).map((k) => JSON.stringify(k)))) keys.push(JSON.parse(k));
    } else if (isKey(values[0])) keys.push(values[0]);
  }
  return keys;
}

/**
 * References from one record to another that must resolve: to a contact (by id or alias), to an
 * interaction (by key). Returns one line per dangling reference.
 */
export function danglingReferences(t: Tables): string[] {
  const contactRefs = new Set<unknown>();
  for (const c of t.contacts ?? []) {
    contactRefs.add(c.id);
    for (const a of (c.aliases as unknown[]) ?? []) contactRefs.add(a);
  }
  const interactionKeys = new Set((t.interactions ?? []).map((i) => i.key));
  const out: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const isContact = (v: unknown) => v === undefined || contactRefs.has(v);
  for (const i of t.interactions ?? []) {
    need(contactRefs.has(i.contactId), `interaction ${String(i.key)} → contact ${String(i.contactId)}`);
    need(isContact(i.aboutContactId), `interaction ${String(i.key)} → about ${String(i.aboutContactId)}`);
    for (const g of (i.groupContactIds as unknown[]) ?? []) need(contactRefs.has(g), `interaction ${String(i.key)} → group member ${String(g)}`);
  }
  for (const x of t.introductions ?? []) {
    need(contactRefs.has(x.recommenderId), `introduction ${String(x.id)} → recommender ${String(x.recommenderId)}`);
    need(contactRefs.has(x.contactId), `introduction ${String(x.id)} → contact ${String(x.contactId)}`);
  }
  for (const s of t.nextSteps ?? []) {
    need(contactRefs.has(s.contactId), `next step ${String(s.id)} → contact ${String(s.contactId)}`);
    need(s.sourceInteractionKey === undefined || interactionKeys.has(s.sourceInteractionKey), `next step ${String(s.id)} → interaction ${String(s.sourceInteractionKey)}`);
  }
  for (const m of t.recommendationsMade ?? []) {
    need(contactRefs.has(m.candidateId), `recommendation ${String(m.id)} → candidate ${String(m.candidateId)}`);
    need(isContact(m.toContactId), `recommendation ${String(m.id)} → to ${String(m.toContactId)}`);
  }
  for (const c of t.contacts ?? []) for (const d of (c.possibleDuplicates as unknown[]) ?? []) need(contactRefs.has(d), `contact ${String(c.id)} → duplicate ${String(d)}`);
  return out;
}

/** The same tables with each one's rows in primary-key order (the order a database returns them). */
export function inKeyOrder(t: Tables, stores: Record<string, string>): Tables {
  const out: Tables = {};
  for (const [table, rows] of Object.entries(t)) {
    const pk = stores[table] ? primaryKeyOf(stores[table]) : 'id';
    out[table] = rows
      .map((row) => [JSON.stringify(row[pk]), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
  return out;
}
