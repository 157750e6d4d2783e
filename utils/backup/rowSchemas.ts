import * as v from 'valibot';
import { ASK_TYPES, INTERACTION_KINDS, OUTCOMES } from '../model/types';
import type { Contact, DueState, Interaction, Introduction, NextStep, RecommendationMade } from '../model/types';
import type { BackupTableName, Stored } from './format';
import { isStorableUrl } from '../model/storedUrl';
import { BACKUP_LIMITS as L, MAX_TIME } from './limits';

// One schema per table, field by field, for the current database schema. Strict objects: a field
// Relais does not know is refused rather than silently dropped or stored unchecked.

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(L.key));
/**
 * The documented id forms: `linkedin:in/<slug>` and `linkedin:in/<member id>` (utils/model/contactId.ts),
 * and `linkedin:name/<folded name>` for people a LinkedIn export names without a profile URL
 * (utils/import/linkedin-export/plan/nameOnlyContact.ts).
 */
const contactId = v.pipe(v.string(), v.maxLength(L.contactId), v.regex(/^linkedin:(in|name)\/[^\s<>"']+$/u, 'not a contact id'));
/** Page-derived URLs may be rendered as links: only LinkedIn http(s) addresses, as a browser parses them. */
const url = v.pipe(v.string(), v.maxLength(L.url), v.check(isStorableUrl, 'only http(s) links to LinkedIn'));
const site = v.picklist(['linkedin']);
const tier = v.picklist(['close', 'regular', 'weak']);
const verdict = v.picklist(['within', 'beyond', 'unknown']);
const askList = v.pipe(v.array(v.picklist(ASK_TYPES)), v.maxLength(ASK_TYPES.length));
const idList = (max: number) => v.pipe(v.array(contactId), v.maxLength(max));
const GIVE_KINDS = ['article', 'intro', 'congrats', 'help', 'endorsement', 'recommendation', 'other'] as const;

export const ContactRow = v.strictObject({
  id: contactId,
  site,
  name: text(L.name),
  profileUrl: v.optional(url),
  aliases: idList(L.aliases),
  headline: v.optional(text(L.headline)),
  company: v.optional(text(L.headline)),
  title: v.optional(text(L.headline)),
  degree: v.optional(v.picklist([1, 2, 3])),
  mutualCount: v.optional(count(10_000_000)),
  mutualNames: v.optional(v.pipe(v.array(text(L.name)), v.maxLength(L.mutualNames))),
  hiring: v.optional(v.boolean()),
  openToWork: v.optional(v.boolean()),
  tier: v.optional(tier),
  // Same bounds as the tier cadences in settings (utils/settings/repairSettings.ts).
  cadenceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  // valibot's record takes an empty array for an object: refuse it, or it would be stored as one.
  reachOverrides: v.optional(v.pipe(v.record(v.picklist(ASK_TYPES), verdict), v.check((x) => !Array.isArray(x), 'not an object'))),
  workedWith: v.optional(v.boolean()),
  notes: v.optional(text(L.notes)),
  possibleDuplicates: v.optional(idList(L.aliases)),
  lastReplyAt: v.optional(time),
  lastInteractionAt: v.optional(time),
  connectedAt: v.optional(time),
  createdAt: time,
  updatedAt: time,
  lastSeenAt: v.optional(time),
});

export const InteractionRow = v.strictObject({
  id: rowId,
  key,
  contactId,
  kind: v.picklist(INTERACTION_KINDS),
  at: time,
  text: v.optional(text(L.text)),
  asks: v.optional(askList),
  outcome: v.optional(v.picklist(OUTCOMES)),
  giveKind: v.optional(v.picklist(GIVE_KINDS)),
  aboutContactId: v.optional(contactId),
  site,
  surface: v.optional(v.picklist(['thread', 'overlay', 'invitation', 'manual', 'import'])),
  threadUrl: v.optional(url),
  groupContactIds: v.optional(idList(L.groupContactIds)),
  source: v.picklist(['capture', 'manual', 'import']),
});

export const IntroductionRow = v.strictObject({
  id: rowId,
  recommenderId: contactId,
  contactId,
  at: time,
  source: v.picklist(['manual', 'draft', 'import']),
});

export const NextStepRow = v.strictObject({
  id: rowId,
  contactId,
  kind: v.picklist(['promise', 'next-step']),
  text: text(L.text),
  createdAt: time,
  due: time,
  doneAt: v.optional(time),
  sourceInteractionKey: v.optional(key),
  promised: v.optional(v.picklist(['link', 'document', 'update', 'call', 'other'])),
  settledByKey: v.optional(key),
});

export const RecommendationMadeRow = v.strictObject({
  id: rowId,
  candidateId: contactId,
  toContactId: v.optional(contactId),
  at: time,
  workedWith: v.boolean(),
  text: v.optional(text(L.text)),
  outcome: v.picklist(['pending', 'hired', 'rejected', 'no-news']),
  source: v.picklist(['capture', 'manual', 'import']),
});

export const DueStateRow = v.strictObject({
  key,
  snoozedUntil: v.optional(time),
  dismissedAt: v.optional(time),
});

export const ROW_SCHEMAS = {
  contacts: ContactRow,
  interactions: InteractionRow,
  introductions: IntroductionRow,
  nextSteps: NextStepRow,
  recommendationsMade: RecommendationMadeRow,
  dueStates: DueStateRow,
} satisfies Record<BackupTableName, v.GenericSchema>;

// The schemas must describe exactly the shared model types: when a field is added to a type in
// utils/model, the type checker stops here until the backup knows it too (else a backup would
// refuse the new field, or lose it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
type Assert<T extends true> = T;
export type RowSchemasMatchModel = [
  Assert<Same<v.InferOutput<typeof ContactRow>, Contact>>,
  Assert<Same<v.InferOutput<typeof InteractionRow>, Stored<Interaction>>>,
  Assert<Same<v.InferOutput<typeof IntroductionRow>, Stored<Introduction>>>,
  Assert<Same<v.InferOutput<typeof NextStepRow>, Stored<NextStep>>>,
  Assert<Same<v.InferOutput<typeof RecommendationMadeRow>, Stored<RecommendationMade>>>,
  Assert<Same<v.InferOutput<typeof DueStateRow>, DueState>>,
];
