import type { ContactId, Introduction, NextStep } from '../../model/types';

/**
 * Besides the buckets, the digest keeps two small tables whole, one record each: the
 * introductions (the graph every owed update is read from) and the next steps not done yet (what
 * promises come due from). Reading a few hundred rows of either costs the due list 9–12 ms at
 * 10,000 contacts in Chromium (IndexedDB charges per record); one record of them, under a
 * millisecond. Derived, like the buckets: kept by every write, made again when in doubt.
 */
export const INTRODUCTIONS_KEY = 'introductions';
export const OPEN_STEPS_KEY = 'nextSteps';
/**
 * Exchanges counted for people who have history but no contact record (yet, or any more): a
 * capture or an import may write someone's messages before their record, a deletion may leave
 * their history. Their record takes its counts from here when it comes, without reading a history.
 */
export const ORPHANS_KEY = 'orphanExchanges';

/** What the graph needs of an introduction (graphOf checks the values). */
export type IntroLite = Pick<Introduction, 'recommenderId' | 'contactId' | 'at'> & { id?: number };
/** What a promise's date and key need of a next step not done (duePromises, promiseKey). */
export type StepLite = Pick<NextStep, 'contactId' | 'due' | 'createdAt'> & Partial<Pick<NextStep, 'id' | 'sourceInteractionKey'>>;

export interface IntroductionsRecord {
  bucket: typeof INTRODUCTIONS_KEY;
  rows: IntroLite[];
}

export interface OpenStepsRecord {
  bucket: typeof OPEN_STEPS_KEY;
  /** By the step's id. */
  rows: Map<number, StepLite>;
}

export interface OrphansRecord {
  bucket: typeof ORPHANS_KEY;
  /** [sent, received] by contact id; none at zero. */
  counts: Map<ContactId, [number, number]>;
}

export function isOrphansRecord(v: unknown): v is OrphansRecord {
  return !!v && typeof v === 'object' && (v as OrphansRecord).bucket === ORPHANS_KEY && (v as OrphansRecord).counts instanceof Map;
}

export function introLite(i: Introduction): IntroLite {
  return { id: i.id, recommenderId: i.recommenderId, contactId: i.contactId, at: i.at };
}

/** The step as kept, or undefined when it is done (or not a step at all). */
export function stepLite(s: NextStep | undefined): StepLite | undefined {
  if (!s || typeof s !== 'object' || s.doneAt !== undefined) return undefined;
  const lite: StepLite = { contactId: s.contactId, due: s.due, createdAt: s.createdAt };
  if (s.id !== undefined) lite.id = s.id;
  if (s.sourceInteractionKey !== undefined) lite.sourceInteractionKey = s.sourceInteractionKey;
  return lite;
}

export function introductionsRecord(rows: readonly Introduction[]): IntroductionsRecord {
  return { bucket: INTRODUCTIONS_KEY, rows: rows.filter(Boolean).map(introLite) };
}

export function openStepsRecord(rows: readonly NextStep[]): OpenStepsRecord {
  const out: OpenStepsRecord = { bucket: OPEN_STEPS_KEY, rows: new Map() };
  for (const s of rows) {
    const lite = stepLite(s);
    if (lite && typeof s.id === 'number') out.rows.set(s.id, lite);
  }
  return out;
}

export function isIntroductionsRecord(v: unknown): v is IntroductionsRecord {
  return !!v && typeof v === 'object' && (v as IntroductionsRecord).bucket === INTRODUCTIONS_KEY && Array.isArray((v as IntroductionsRecord).rows);
}

export function isOpenStepsRecord(v: unknown): v is OpenStepsRecord {
  return !!v && typeof v === 'object' && (v as OpenStepsRecord).bucket === OPEN_STEPS_KEY && (v as OpenStepsRecord).rows instanceof Map;
}
