import type { Transaction } from 'dexie';
import { normaliseName } from '../../../utils/db/contactIdentity';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../utils/db/schema';
import type { Row, Tables } from './tables';
import { storesAt } from './tables';
import type { UpgradeExpectation } from './harness';

/** The version after the app's latest: the test-only version below upgrades from this one. */
export const LATEST = CURRENT_SCHEMA_VERSION;
const latestStores = storesAt(SCHEMA_VERSIONS, LATEST);

/**
 * A next version that exists only in the tests, after the app's latest: unlike the app's own
 * versions so far (index-only), it transforms data, so the harness has something to check.
 * Contacts gain a folded name key (indexed, for accent-insensitive search); next steps gain an
 * explicit status (indexed) derived from doneAt. Every index of the latest version is kept.
 */
const NEXT_STORES = {
  contacts: `${latestStores.contacts}, nameKey`,
  nextSteps: `${latestStores.nextSteps}, status`,
};

const statusOf = (s: Row) => (s.doneAt === undefined ? 'open' : 'done');

async function addDerivedFields(tx: Transaction): Promise<void> {
  await tx.table('contacts').toCollection().modify((c: Row) => {
    c.nameKey = normaliseName(String(c.name));
  });
  await tx.table('nextSteps').toCollection().modify((s: Row) => {
    s.status = statusOf(s);
  });
}

export const NEXT: SchemaVersion = { version: LATEST + 1, stores: NEXT_STORES, upgrade: addDerivedFields };

/** What NEXT must do, written independently of its upgrade function. */
export const NEXT_EXPECTATION: UpgradeExpectation = (t: Tables) => ({
  ...t,
  contacts: t.contacts.map((c) => ({ ...c, nameKey: normaliseName(String(c.name)) })),
  nextSteps: t.nextSteps.map((s) => ({ ...s, status: statusOf(s) })),
});

/**
 * Upgrades that look plausible and lose something: the harness must catch each one. `loses` says
 * how many records of the sample it should report, as a function of the sample.
 */
export const LOSSY_NEXT: { label: string; version: SchemaVersion; loses: (t: Tables) => { missing?: number; changed?: number; dangling?: boolean } }[] = [
  {
    label: 'drops completed next steps ("they are done anyway")',
    version: {
      ...NEXT,
      upgrade: async (tx) => {
        await addDerivedFields(tx);
        await tx.table('nextSteps').filter((s: Row) => s.doneAt !== undefined).delete();
      },
    },
    loses: (t) => ({ missing: t.nextSteps.filter((s) => s.doneAt !== undefined).length }),
  },
  {
    label: 'cuts message texts to 4,000 characters',
    version: {
      ...NEXT,
      upgrade: async (tx) => {
        await addDerivedFields(tx);
        await tx.table('interactions').toCollection().modify((i: Row) => {
          if (typeof i.text === 'string') i.text = i.text.slice(0, 4_000);
        });
      },
    },
    loses: (t) => ({ changed: t.interactions.filter((i) => typeof i.text === 'string' && i.text.length > 4_000).length }),
  },
  {
    label: 'lower-cases contact ids without moving what points at them',
    version: {
      ...NEXT,
      upgrade: async (tx) => {
        await addDerivedFields(tx);
        const contacts = tx.table('contacts');
        for (const c of (await contacts.toArray()) as Row[]) {
          const lower = String(c.id).toLowerCase();
          if (lower === c.id) continue;
          await contacts.delete(c.id as string);
          await contacts.add({ ...c, id: lower });
        }
      },
    },
    loses: (t) => ({ missing: t.contacts.filter((c) => String(c.id).toLowerCase() !== c.id).length, dangling: true }),
  },
];

/** An upgrade with a bug: it has already rewritten contacts when it throws. */
export const FAILING_NEXT: SchemaVersion = {
  ...NEXT,
  upgrade: async (tx) => {
    await tx.table('contacts').toCollection().modify((c: Row) => {
      c.nameKey = normaliseName(String(c.name));
      c.name = '';
    });
    await tx.table('nextSteps').toCollection().modify((s: Row) => {
      if (s.id === 500) throw new TypeError('upgrade bug: cannot read property "doneAt"');
      s.status = statusOf(s);
    });
  },
};
