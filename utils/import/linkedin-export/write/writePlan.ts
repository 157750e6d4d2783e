import Dexie from 'dexie';
import type { RelaisDB } from '../../../db/database';
import type { Contact, ContactId, Interaction } from '../../../model/types';
import { applyContactFacts, type ApplyContext, type ContactFacts } from '../plan/contactFacts';
import { throwIfAborted } from '../errors';
import type { ImportPlan } from '../plan/planImport';

export interface WriteOptions {
  now: number;
  signal?: AbortSignal;
  /** Share of the writing done, 0–1. */
  onProgress?: (fraction: number, records: { done: number; total: number }) => void;
  batchSize?: number;
}

export interface WriteResult {
  created: number;
  updated: number;
  interactions: number;
  recommendationsMade: number;
  /** Of those created, the LinkedIn connections. */
  createdConnections: number;
  /** Notes of Notes.csv added to contacts. */
  notes: number;
  /** Ids of the plan that had become another contact's alias since it was made, and that contact. */
  remap: Map<ContactId, ContactId>;
}

/**
 * Writes a plan in ONE transaction over every table: a failure or a cancel aborts it and IndexedDB
 * rolls everything back, so the database is exactly as it was. A cancel aborts the transaction at
 * once, without waiting for the batch under way. Contacts are merged into the records as they are
 * now (a capture made while the import was being prepared is kept), in batches that keep each
 * task short while the transaction runs.
 */
export async function writePlan(db: RelaisDB, plan: ImportPlan, options: WriteOptions): Promise<WriteResult> {
  const { now, signal, onProgress } = options;
  const batch = options.batchSize ?? 1000;
  // Contacts in larger batches: the due digest rewrites its buckets once per batch of contacts.
  const contactBatch = Math.max(batch, 2000);
  const total = plan.contacts.length + plan.interactions.length + plan.recommendationsMade.length || 1;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.(Math.min(1, done / total), { done, total });
  };
  const tables = [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade, db.dueStates];
  return db.transaction('rw', tables, async () => {
    const tx = Dexie.currentTransaction;
    throwIfAborted(signal);
    const abort = () => tx.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const result: WriteResult = { created: 0, updated: 0, createdConnections: 0, interactions: 0, recommendationsMade: 0, notes: 0, remap: new Map() };
      for (let i = 0; i < plan.contacts.length; i += contactBatch) {
        throwIfAborted(signal);
        const facts = plan.contacts.slice(i, i + contactBatch);
        await writeContacts(db, facts, { now, asOf: plan.asOf }, result);
        step(facts.length);
      }
      const mapId = (id: ContactId) => result.remap.get(id) ?? id;
      for (let i = 0; i < plan.interactions.length; i += batch) {
        throwIfAborted(signal);
        let rows: Interaction[] = plan.interactions.slice(i, i + batch);
        if (result.remap.size)
          rows = rows.map((r) => ({ ...r, contactId: mapId(r.contactId), ...(r.groupContactIds ? { groupContactIds: r.groupContactIds.map(mapId) } : {}) }));
        await db.interactions.bulkAdd(rows);
        result.interactions += rows.length;
        step(rows.length);
      }
      throwIfAborted(signal);
      if (plan.recommendationsMade.length) {
        await db.recommendationsMade.bulkAdd(plan.recommendationsMade.map((r) => ({ ...r, candidateId: mapId(r.candidateId) })));
        result.recommendationsMade = plan.recommendationsMade.length;
        step(plan.recommendationsMade.length);
      }
      throwIfAborted(signal);
      return result;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  });
}

/** One batch of contacts, merged into their records as they are now. An id that became another contact's alias (a live merge) is that contact. */
async function writeContacts(db: RelaisDB, facts: ContactFacts[], ctx: ApplyContext, result: WriteResult): Promise<void> {
  const current = await db.contacts.bulkGet(facts.map((f) => f.id));
  const missing = facts.filter((_, k) => !current[k]).map((f) => f.id);
  const owners = new Map<ContactId, Contact>();
  if (missing.length) {
    const wanted = new Set(missing);
    for (const c of await db.contacts.where('aliases').anyOf(missing).toArray()) for (const a of c.aliases) if (wanted.has(a)) owners.set(a, c);
  }
  const changed: Contact[] = [];
  facts.forEach((f, k) => {
    const owner = owners.get(f.id);
    const before = current[k] ?? owner;
    if (owner) result.remap.set(f.id, owner.id);
    const after = applyContactFacts(before, owner ? { ...f, id: owner.id } : f, ctx);
    if (!before) {
      result.created++;
      if (f.connected) result.createdConnections++;
    } else if (after) result.updated++;
    if (after) {
      changed.push(after);
      if (f.notes.length) result.notes += f.notes.filter((n) => !(before?.notes ?? '').includes(n)).length;
    }
  });
  if (changed.length) await db.contacts.bulkPut(changed);
}
