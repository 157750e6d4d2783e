import Dexie, { liveQuery, type Table } from 'dexie';

/**
 * Where Relais keeps what only its own pages and worker may write: the automatic backup's
 * settings and record, the daily digest's schedule, the "what's new" record. It is an IndexedDB
 * database of the extension's origin: the LinkedIn content script runs in LinkedIn's origin and
 * cannot open it, whereas it can write all of storage.local (its outbox of pending captures is
 * there). Not a backup table and not the user's data: a small key → value store of its own.
 */
export const TRUSTED_DB_NAME = 'relais-trusted';

interface Item {
  key: string;
  value: unknown;
}

class TrustedDB extends Dexie {
  items!: Table<Item, string>;
  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ items: 'key' });
  }
}

/** The part of a storage area that Relais's stores use, so they can take either. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

export interface TrustedArea extends KeyValueArea {
  /** Calls back with the value now and whenever any page or the worker writes it; returns the unsubscribe. */
  watch(key: string, onValue: (value: unknown) => void): () => void;
}

/** Any value stored is a structured clone: what was written, never a live object. */
export function trustedArea(name = TRUSTED_DB_NAME): TrustedArea {
  let db: TrustedDB | undefined;
  const open = () => (db ??= new TrustedDB(name));
  return {
    async get(key) {
      const item = await open().items.get(key);
      return item === undefined ? {} : { [key]: item.value };
    },
    async set(items) {
      await open().items.bulkPut(Object.entries(items).map(([key, value]) => ({ key, value })));
    },
    async remove(key) {
      await open().items.bulkDelete(Array.isArray(key) ? key : [key]);
    },
    watch(key, onValue) {
      const sub = liveQuery(() => open().items.get(key)).subscribe({ next: (item) => onValue(item?.value), error: () => undefined });
      return () => sub.unsubscribe();
    },
  };
}

let shared: TrustedArea | undefined;

/** This context's handle on the trusted store. */
export function trustedStore(): TrustedArea {
  shared ??= trustedArea();
  return shared;
}
