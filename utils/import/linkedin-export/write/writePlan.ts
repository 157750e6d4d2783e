import type { RelaisDB } from '../../../db/database';
import type { Contact, ContactId, Interaction } from '../../../model/types';
import { applyContactFacts } from '../plan/contactFacts';
import { throwIfAborted } from '../errors';
import type { ImportPlan } from '../plan/planImport';

export interface WriteOptions {
  now: number;
  signal?: AbortSignal;
  /** Share of the writing done, 0–1. */
  onProgress?: (fraction: number) => void;
  batchSize?: number;
}

export interface WriteResult {
  created: number;
  updated: number;
  interactions: number;
  recommendationsMade: number;
}

/**
 * Writes a plan in ONE transaction over every table: a failure or a cancel (checked between
 * batches) aborts it and IndexedDB rolls everything back, so the database is exactly as it was.
 * Contacts are merged into the records as they are now (a capture made while the import was being
 * prepared is kept), and batches keep each task short while the transaction runs.
 */
export async function writePlan(db: RelaisDB, plan: ImportPlan, options: WriteOptions): Promise<WriteResult> {
  const { now, signal, onProgress } = options;
  const batch = options.batchSize ?? 1000;
  const ctx = { now, asOf: plan.asOf };
  const total = plan.contacts.length + plan.interactions.length + plan.recommendationsMade.length || 1;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.(Math.min(1, done / total));
  };
  const tables = [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade, db.dueStates];
  return db.transaction('rw', tables, async () => {
    const result: WriteResult = { created: 0, updated: 0, interactions: 0, recommendationsMade: 0 };
    // An id that became another contact's alias since the plan was made (a live merge) is that contact.
    const remap = new Map<ContactId, ContactId>();
    for (let i = 0; i < plan.contacts.length; i += batch) {
      throwIfAborted(signal);
      const facts = plan.contacts.slice(i, i + batch);
      const current = await db.contacts.bulkGet(facts.map((f) => f.id));
      const missing = facts.filter((_, k) => !current[k]).map((f) => f.id);
      const owners = new Map<ContactId, Contact>();
      if (missing.length) {
        for (const c of await db.contacts.where('aliases').anyOf(missing).toArray())
          for (const a of c.aliases) if (missing.includes(a)) owners.set(a, c);
      }
      const changed: Contact[] = [];
      facts.forEach((f, k) => {
        const owner = owners.get(f.id);
        const before = current[k] ?? owner;
        if (owner) remap.set(f.id, owner.id);
        const after = applyContactFacts(before, owner ? { ...f, id: owner.id } : f, ctx);
        if (!before) result.created++;
        else if (after) result.updated++;
        if (after) changed.push(after);
      });
      if (changed.length) await db.contacts.bulkPut(changed);
      step(facts.length);
    }
    const mapId = (id: ContactId) => remap.get(id) ?? id;
    for (let i = 0; i < plan.interactions.length; i += batch) {
      throwIfAborted(signal);
      let rows: Interaction[] = plan.interactions.slice(i, i + batch);
      if (remap.size)
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
  });
}
