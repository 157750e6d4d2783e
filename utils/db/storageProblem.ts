/**
 * Why the database refused a write, in terms a user can act on. IndexedDB reports a full disk or
 * an exhausted origin quota as QuotaExceededError (often wrapped by Dexie in an AbortError of the
 * transaction), an upgrade held up by an older page as a `blocked` event rather than an error, and
 * a failed schema upgrade as UpgradeError with the old data left in place.
 */
export type StorageProblemKind = 'quota' | 'blocked' | 'upgrade-failed' | 'closed' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** When it happened (epoch ms). */
  at: number;
  /** The technical reason (error name and message), for a bug report; never shown as HTML. */
  detail: string;
  /** Captures that could not be written: they stay pending in storage.local and are retried. */
  captureIds?: string[];
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

function chain(e: unknown): ErrorLike[] {
  const seen: ErrorLike[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && seen.length < 8 && !seen.includes(cur as ErrorLike)) {
    seen.push(cur as ErrorLike);
    cur = (cur as ErrorLike).inner ?? (cur as ErrorLike).cause;
  }
  return seen;
}

const names = (e: unknown) => chain(e).map((x) => String(x.name ?? ''));

export function classifyStorageError(e: unknown): StorageProblemKind {
  const all = names(e);
  const text = chain(e)
    .map((x) => `${String(x.name ?? '')} ${String(x.message ?? '')}`)
    .join(' ');
  if (all.some((n) => n === 'QuotaExceededError') || /quota/i.test(text)) return 'quota';
  if (all.some((n) => n === 'BlockedError') || /\bblocked\b/i.test(text)) return 'blocked';
  // Dexie reports an upgrade that threw as UpgradeError when open() is called, and as
  // OpenFailedError (wrapping the upgrade's error) when a query opened the database.
  if (all.some((n) => n === 'UpgradeError' || n === 'VersionError' || n === 'OpenFailedError')) return 'upgrade-failed';
  if (all.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed';
  return 'unknown';
}

/** One line naming the error, kept short: it travels in acks and in storage. */
export function describeError(e: unknown): string {
  const links = chain(e);
  if (!links.length) return String(e).replace(/\s+/g, ' ').slice(0, 300);
  const [first] = links;
  const name = String(first.name ?? 'Error');
  const message = String(first.message ?? '').split('\n')[0].trim();
  // Dexie repeats the inner error in its own message; the inner names are enough.
  const inner = [...new Set(links.slice(1).map((x) => String(x.name ?? '')))].filter((n) => n && n !== name);
  return `${name}: ${message}${inner.length ? ` (${inner.join(' < ')})` : ''}`.replace(/\s+/g, ' ').slice(0, 300);
}

const TEXT = {
  en: {
    quota: 'Relais could not save: the browser’s storage for Relais is full. {n} capture(s) are kept and will be saved as soon as space is freed (free disk space, or export a backup and erase old data).',
    blocked: 'Relais is waiting for another Relais tab (options, dashboard) to close before it updates its database. {n} capture(s) are kept; close the other Relais tabs.',
    'upgrade-failed': 'Relais could not open or update its database. Your data is intact; {n} capture(s) are kept and will be saved after the next update.',
    closed: 'Relais’s database was closed while saving. {n} capture(s) are kept and will be retried.',
    unknown: 'Relais could not save ({detail}). {n} capture(s) are kept and will be retried.',
  },
  fr: {
    quota: 'Relais n’a pas pu enregistrer : l’espace de stockage du navigateur pour Relais est plein. {n} envoi(s) sont conservés et seront enregistrés dès que de la place sera libérée (libérez de l’espace disque, ou exportez une sauvegarde et effacez les anciennes données).',
    blocked: 'Relais attend qu’un autre onglet Relais (options, tableau de bord) se ferme pour mettre à jour sa base. {n} envoi(s) sont conservés ; fermez les autres onglets Relais.',
    'upgrade-failed': 'Relais n’a pas pu ouvrir ou mettre à jour sa base. Vos données sont intactes ; {n} envoi(s) sont conservés et seront enregistrés après la prochaine mise à jour.',
    closed: 'La base de Relais s’est fermée pendant l’enregistrement. {n} envoi(s) sont conservés et seront réessayés.',
    unknown: 'Relais n’a pas pu enregistrer ({detail}). {n} envoi(s) sont conservés et seront réessayés.',
  },
} as const;

/** The sentence the popup shows for a storage problem, as plain text (never HTML). */
export function describeStorageProblem(lang: 'en' | 'fr', problem: StorageProblem): string {
  const template = (TEXT[lang] ?? TEXT.en)[problem.kind] ?? TEXT.en.unknown;
  const n = String(problem.captureIds?.length ?? 0);
  return template.replace('{n}', n).replace('{detail}', problem.detail);
}
