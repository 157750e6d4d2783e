import type Dexie from 'dexie';

export interface QuotaFault {
  /** Writes seen so far (add, put, delete: every mutation request of every table). */
  writes: number;
  /** The write (0-based, counted from now) from which every write fails; null: none fails. */
  failFrom: number | null;
  /** How many writes were refused. */
  refused: number;
}

/**
 * Makes a Dexie database refuse writes with QuotaExceededError, as IndexedDB does when the disk or
 * the origin's quota is full, from a chosen write on (the disk stays full until `failFrom` is set
 * back to null). Installed as DBCore middleware, below Dexie's transactions, so a refused write
 * inside a transaction rejects it as a real one would. Must be installed before the database opens.
 */
export function injectQuotaFault(db: Dexie): QuotaFault {
  const fault: QuotaFault = { writes: 0, failFrom: null, refused: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota-fault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const index = fault.writes++;
            if (fault.failFrom !== null && index >= fault.failFrom) {
              fault.refused += 1;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return fault;
}
