import * as v from 'valibot';
import { ASK_TYPES, OUTCOMES } from '../model/types';
import type { PageToBackground } from './pageProtocol';
import type { Validated } from './validate';

// linkedin:in/<slug or member id> from pages; linkedin:name/<folded name> for export rows without a URL.
const contactId = v.pipe(v.string(), v.regex(/^linkedin:(in|name)\/[^\s/]{1,200}$/));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const dueKey = v.pipe(v.string(), v.minLength(1), v.maxLength(500));

/** One schema per page → background message: the background checks every one before writing. */
export const PAGE_SCHEMAS = {
  setRecommender: v.strictObject({ contactId, recommenderId: v.nullable(contactId) }),
  logOutcome: v.strictObject({ contactId, outcome: v.picklist(OUTCOMES), at: v.optional(time), note: v.optional(text(2000)) }),
  markInformed: v.strictObject({ recommenderId: contactId, aboutContactId: contactId, at: v.optional(time) }),
  addNextStep: v.strictObject({
    contactId,
    text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
    due: time,
    kind: v.picklist(['promise', 'next-step']),
  }),
  completeNextStep: v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  logGive: v.strictObject({
    contactId,
    giveKind: v.picklist(['article', 'intro', 'congrats', 'help', 'endorsement', 'recommendation', 'other']),
    text: v.optional(text(2000)),
  }),
  setContactFields: v.strictObject({
    contactId,
    tier: v.optional(v.nullable(v.picklist(['close', 'regular', 'weak']))),
    cadenceDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)))),
    workedWith: v.optional(v.boolean()),
    reachOverrides: v.optional(v.record(v.picklist(ASK_TYPES), v.nullable(v.picklist(['within', 'beyond', 'unknown'])))),
    notes: v.optional(text(20_000)),
  }),
  snoozeDue: v.strictObject({ key: dueKey, until: time }),
  dismissDue: v.strictObject({ key: dueKey }),
  mergeContacts: v.strictObject({ keepId: contactId, dropId: contactId }),
  keepApart: v.strictObject({ a: contactId, b: contactId }),
  recordRecommendation: v.strictObject({ candidateId: contactId, toContactId: v.optional(contactId), workedWith: v.boolean(), text: v.optional(text(20_000)) }),
  setRecommendationOutcome: v.strictObject({
    id: v.pipe(v.number(), v.integer(), v.minValue(1)),
    outcome: v.picklist(['pending', 'hired', 'rejected', 'no-news']),
  }),
  refreshReminders: v.optional(v.undefined()),
} satisfies { [K in keyof PageToBackground]: v.GenericSchema };

export type PageMessageType = keyof typeof PAGE_SCHEMAS;
export type PageData<K extends PageMessageType> = v.InferOutput<(typeof PAGE_SCHEMAS)[K]>;

export function validatePageMessage<K extends PageMessageType>(type: K, input: unknown): Validated<PageData<K>> {
  const result = v.safeParse(PAGE_SCHEMAS[type], input);
  if (result.success) return { ok: true, value: result.output as PageData<K> };
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
  return { ok: false, error: `invalid ${where}: ${issue.message}` };
}
