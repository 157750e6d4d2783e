import * as v from 'valibot';
import { isStorableUrl } from '../model/storedUrl';
import { LIMITS } from './limits';
import type { CapturePayload, DraftPayload, PageSeenPayload, PageStatusPayload } from './payloads';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const url = v.pipe(v.string(), v.maxLength(LIMITS.url));
/** A URL that is stored and may be shown as a link: LinkedIn's, over http(s), as a browser parses it. */
const storedUrl = v.pipe(url, v.check(isStorableUrl, 'not a LinkedIn address'));
const surface = v.picklist(['thread', 'overlay', 'invitation']);

const Person = v.strictObject({
  name: text(LIMITS.name),
  profileUrl: v.optional(url),
  headline: v.optional(text(LIMITS.headline)),
});

export const CaptureSchema = v.strictObject({
  captureId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  kind: v.picklist(['message-sent', 'invite-sent']),
  at: time,
  text: text(LIMITS.text),
  surface,
  threadUrl: v.optional(storedUrl),
  recipients: v.pipe(v.array(Person), v.minLength(1), v.maxLength(LIMITS.recipients)),
});

const SeenMessage = v.strictObject({ fromMe: v.boolean(), senderProfileUrl: v.optional(url), at: v.optional(time) });

export const PageSeenSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('conversation'),
    surface: v.picklist(['thread', 'overlay']),
    threadUrl: v.optional(url),
    participants: v.pipe(v.array(Person), v.maxLength(LIMITS.recipients)),
    messages: v.pipe(v.array(SeenMessage), v.maxLength(LIMITS.messages)),
  }),
  v.strictObject({
    kind: v.literal('profile'),
    name: text(LIMITS.name),
    profileUrl: url,
    memberProfileUrl: v.optional(url),
    headline: v.optional(text(LIMITS.headline)),
    company: v.optional(text(LIMITS.headline)),
    title: v.optional(text(LIMITS.headline)),
    degree: v.optional(v.picklist([1, 2, 3])),
    mutualCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e6))),
    mutualNames: v.pipe(v.array(text(LIMITS.name)), v.maxLength(LIMITS.mutualNames)),
    hiring: v.boolean(),
    openToWork: v.boolean(),
  }),
]);

export const PageStatusSchema = v.strictObject({
  url,
  recognised: v.boolean(),
  pageKind: v.picklist(['thread', 'profile', 'other']),
  reason: v.optional(text(500)),
});

export const DraftSchema = v.strictObject({
  surface,
  text: text(LIMITS.text),
  recipients: v.pipe(v.array(Person), v.maxLength(LIMITS.recipients)),
  threadUrl: v.optional(url),
});

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validated<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
  return { ok: false, error: `invalid ${where}: ${issue.message}` };
}

export const validateCapture = (input: unknown) => check<CapturePayload>(CaptureSchema, input);
export const validatePageSeen = (input: unknown) => check<PageSeenPayload>(PageSeenSchema, input);
export const validatePageStatus = (input: unknown) => check<PageStatusPayload>(PageStatusSchema, input);
export const validateDraft = (input: unknown) => check<DraftPayload>(DraftSchema, input);
