import type { CapturePayload } from '../../utils/messaging/payloads';
import { HOSTILE_STRINGS, hugeString, picker, prng } from './prng';

/**
 * Payloads the background must refuse, generated from valid ones by corruptions that are wrong
 * whatever the implementation (a number where text goes, a text longer than LinkedIn allows, a key
 * nobody sends): the list is written from the protocol, not from the validator's answers.
 */
export interface Malformed {
  label: string;
  payload: unknown;
}

export const VALID_CAPTURE: CapturePayload = {
  captureId: 'abcdef0123456789',
  kind: 'message-sent',
  at: Date.UTC(2026, 10, 25),
  text: 'Bonjour Sophie, Marc m’a conseillé de vous écrire 🙂',
  surface: 'thread',
  threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
  recipients: [{ name: 'Sophie Martin', profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/', headline: 'Data lead' }],
};

const NOT_OBJECTS: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['zero', 0],
  ['minus one', -1],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['true', true],
  ['empty string', ''],
  ['a string', 'capture'],
  ['JSON text of a valid capture', JSON.stringify(VALID_CAPTURE)],
  ['empty array', []],
  ['array holding a valid capture', [VALID_CAPTURE]],
  ['a Date', new Date(0)],
  ['a RegExp', /capture/],
  ['a Map', new Map([['captureId', 'abcdef0123456789']])],
  ['an empty object', {}],
  ['an object without prototype', Object.create(null)],
  ['a 64-bit integer', 2 ** 60],
];

/** Values that no field of the protocol accepts, whatever its type. */
const NEVER_VALID: [string, unknown][] = [
  ['an object', { $evil: true }],
  ['an array of objects', [{ $evil: true }]],
  ['a text of 1,000,000 characters', hugeString(1_000_000)],
];

/** Wrong values per field of a capture (each is wrong for that field alone). */
const WRONG_CAPTURE_FIELDS: Record<keyof CapturePayload, unknown[]> = {
  captureId: [null, 0, 12345678901234, '', 'short', 'a'.repeat(65), '../../etc/passwd', 'abc def ghi jkl', 'éééééééééé', '<script>x</script>', ['abcdef0123456789'], true],
  kind: [null, '', 'message', 'MESSAGE-SENT', 'message-received', 'delete-everything', 'invite-sent ', 0, ['message-sent'], false],
  at: [null, '', '2026-11-25', '1700000000000', NaN, Infinity, -Infinity, -1, 8.64e15 + 1, 1e300, true, [], new Date(0)],
  text: [null, 0, true, [], ['hi'], 'x'.repeat(20_001), hugeString(200_000)],
  surface: [null, '', 'feed', 'Thread', 'thread ', 'profile', 0, [], true],
  threadUrl: [null, 0, true, [], 'x'.repeat(2_049), `https://www.linkedin.com/${'a'.repeat(3_000)}`],
  recipients: [null, 0, '', 'Sophie Martin', [], [null], [0], ['Sophie Martin'], [[]], [{}], Array.from({ length: 51 }, (_, i) => ({ name: `P${i}` })), Array.from({ length: 10_000 }, () => ({ name: 'x' }))],
};

const WRONG_PERSON_FIELDS: Record<string, unknown[]> = {
  name: [undefined, null, 0, [], true, 'x'.repeat(201), hugeString(50_000)],
  profileUrl: [null, 0, [], true, 'x'.repeat(2_049)],
  headline: [null, 0, [], true, 'x'.repeat(501)],
};

const EXTRA_KEYS = ['html', 'sender', 'id', 'type', 'tabId', 'url', 'onclick', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isTrusted', 'captureIds', 'Text'];

const describeValue = (v: unknown): string => {
  if (typeof v === 'string') return v.length > 40 ? `a text of ${v.length.toLocaleString('en-US')} characters` : JSON.stringify(v);
  if (v instanceof Date) return 'a Date';
  if (typeof v === 'number' || v === undefined) return String(v);
  const json = JSON.stringify(v);
  return json.length <= 60 ? json : Array.isArray(v) ? `an array of ${v.length.toLocaleString('en-US')}` : 'a large object';
};

function withField(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...base };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** JSON.parse makes `__proto__` an own key, as a structured-cloned message would. */
const withProtoKey = (base: object) => JSON.parse(JSON.stringify(base).replace('{', '{"__proto__":{"polluted":true},'));

export function malformedCaptures(seed = 20261125): Malformed[] {
  const out: Malformed[] = [];
  const base = VALID_CAPTURE as unknown as Record<string, unknown>;
  for (const [label, payload] of NOT_OBJECTS) out.push({ label: `not a capture: ${label}`, payload });
  for (const key of ['captureId', 'kind', 'at', 'text', 'surface', 'recipients']) out.push({ label: `missing ${key}`, payload: withField(base, key, undefined) });
  for (const [key, values] of Object.entries(WRONG_CAPTURE_FIELDS)) for (const v of values) out.push({ label: `${key} = ${describeValue(v)}`, payload: withField(base, key, v) });
  for (const [key, values] of Object.entries(WRONG_PERSON_FIELDS))
    for (const v of values) out.push({ label: `recipient ${key} = ${describeValue(v)}`, payload: { ...base, recipients: [withField(VALID_CAPTURE.recipients[0] as unknown as Record<string, unknown>, key, v)] } });
  for (const key of EXTRA_KEYS) {
    out.push({ label: `extra key ${key}`, payload: { ...base, [key]: '<img src=x onerror=alert(1)>' } });
    out.push({ label: `extra recipient key ${key}`, payload: { ...base, recipients: [{ ...VALID_CAPTURE.recipients[0], [key]: 1 }] } });
  }
  out.push({ label: 'own __proto__ key', payload: withProtoKey(VALID_CAPTURE) });
  out.push({ label: 'recipient with own __proto__ key', payload: { ...base, recipients: [withProtoKey(VALID_CAPTURE.recipients[0])] } });
  out.push({ label: 'valid capture nested 10,000 levels deep', payload: Array.from({ length: 10_000 }).reduce<unknown>((inner) => ({ data: inner }), VALID_CAPTURE) });
  for (const [label, v] of NEVER_VALID) for (const key of Object.keys(WRONG_CAPTURE_FIELDS)) out.push({ label: `${key} = ${label}`, payload: withField(base, key, v) });

  // Random combinations of two to four single-field corruptions (each alone is already wrong).
  const random = prng(seed);
  const pick = picker(random);
  const fields = Object.keys(WRONG_CAPTURE_FIELDS) as (keyof CapturePayload)[];
  for (let i = 0; i < 80; i++) {
    let payload: Record<string, unknown> = { ...base };
    const chosen = new Set<string>();
    const n = 2 + Math.floor(random() * 3);
    while (chosen.size < n) chosen.add(pick(fields));
    for (const key of chosen) payload = withField(payload, key, pick(WRONG_CAPTURE_FIELDS[key as keyof CapturePayload]));
    if (random() < 0.3) payload[pick(EXTRA_KEYS)] = pick(HOSTILE_STRINGS);
    out.push({ label: `seed ${seed} combination ${i}: ${[...chosen].join(', ')}`, payload });
  }
  return out;
}

/** Malformed page reports, statuses and drafts (the other content → background messages). */
export function malformedContentReports(): { type: 'pageSeen' | 'pageStatus' | 'draftChanged'; label: string; payload: unknown }[] {
  const profile = { kind: 'profile', name: 'Sophie', profileUrl: 'https://www.linkedin.com/in/sophie/', mutualNames: [], hiring: false, openToWork: false };
  const conversation = { kind: 'conversation', surface: 'thread', participants: [{ name: 'Sophie' }], messages: [{ fromMe: true }] };
  const status = { url: 'https://www.linkedin.com/feed/', recognised: true, pageKind: 'other' };
  const draft = { surface: 'thread', text: 'hi', recipients: [] };
  const out: { type: 'pageSeen' | 'pageStatus' | 'draftChanged'; label: string; payload: unknown }[] = [];
  const spoil = (type: (typeof out)[number]['type'], name: string, base: Record<string, unknown>) => {
    for (const [label, payload] of NOT_OBJECTS) out.push({ type, label: `${name}: ${label}`, payload });
    for (const key of Object.keys(base)) {
      out.push({ type, label: `${name}: missing ${key}`, payload: withField(base, key, undefined) });
      for (const [label, v] of NEVER_VALID) out.push({ type, label: `${name}: ${key} = ${label}`, payload: withField(base, key, v) });
    }
    out.push({ type, label: `${name}: extra key`, payload: { ...base, html: '<b>x</b>' } });
  };
  spoil('pageSeen', 'profile', profile);
  spoil('pageSeen', 'conversation', conversation);
  spoil('pageStatus', 'status', status);
  spoil('draftChanged', 'draft', draft);
  out.push({ type: 'pageSeen', label: 'profile: degree 4', payload: { ...profile, degree: 4 } });
  out.push({ type: 'pageSeen', label: 'conversation: 501 messages', payload: { ...conversation, messages: Array.from({ length: 501 }, () => ({ fromMe: true })) } });
  out.push({ type: 'pageSeen', label: 'profile: 51 mutual names', payload: { ...profile, mutualNames: Array.from({ length: 51 }, (_, i) => `M${i}`) } });
  out.push({ type: 'pageStatus', label: 'status: reason of 501 characters', payload: { ...status, reason: 'x'.repeat(501) } });
  out.push({ type: 'draftChanged', label: 'draft: text of 20,001 characters', payload: { ...draft, text: 'x'.repeat(20_001) } });
  return out;
}

/**
 * A valid example of every user action, with the keys it cannot do without. The background must
 * refuse each example spoiled in a way no field accepts.
 */
export const VALID_USER_ACTIONS: Record<string, { payload: Record<string, unknown>; required: string[] }> = {
  setRecommender: { payload: { contactId: 'linkedin:in/sophie', recommenderId: 'linkedin:in/marc' }, required: ['contactId', 'recommenderId'] },
  logOutcome: { payload: { contactId: 'linkedin:in/sophie', outcome: 'interview', at: 1, note: 'ok' }, required: ['contactId', 'outcome'] },
  markInformed: { payload: { recommenderId: 'linkedin:in/marc', aboutContactId: 'linkedin:in/sophie', at: 1 }, required: ['recommenderId', 'aboutContactId'] },
  addNextStep: { payload: { contactId: 'linkedin:in/sophie', text: 'Café', due: 1, kind: 'next-step' }, required: ['contactId', 'text', 'due', 'kind'] },
  completeNextStep: { payload: { id: 1 }, required: ['id'] },
  logGive: { payload: { contactId: 'linkedin:in/sophie', giveKind: 'article', text: 'lien' }, required: ['contactId', 'giveKind'] },
  setContactFields: { payload: { contactId: 'linkedin:in/sophie', tier: 'close', cadenceDays: 30, workedWith: true, reachOverrides: { job: 'within' }, notes: 'n' }, required: ['contactId'] },
  snoozeDue: { payload: { key: 'keep-warm:linkedin:in/sophie', until: 1 }, required: ['key', 'until'] },
  dismissDue: { payload: { key: 'keep-warm:linkedin:in/sophie' }, required: ['key'] },
  mergeContacts: { payload: { keepId: 'linkedin:in/sophie', dropId: 'linkedin:in/marc' }, required: ['keepId', 'dropId'] },
  keepApart: { payload: { a: 'linkedin:in/sophie', b: 'linkedin:in/marc' }, required: ['a', 'b'] },
  recordRecommendation: { payload: { candidateId: 'linkedin:in/sophie', toContactId: 'linkedin:in/marc', workedWith: true, text: 't' }, required: ['candidateId', 'workedWith'] },
  setRecommendationOutcome: { payload: { id: 1, outcome: 'hired' }, required: ['id', 'outcome'] },
};

const BAD_CONTACT_IDS = ['sophie', 'linkedin:in/', 'linkedin:in/a b', 'https://www.linkedin.com/in/sophie/', 'linkedin:in/' + 'a'.repeat(201), 'linkedin:in/a/../../b'];

export function malformedUserActions(): { type: string; label: string; payload: unknown }[] {
  const out: { type: string; label: string; payload: unknown }[] = [];
  for (const [type, { payload, required }] of Object.entries(VALID_USER_ACTIONS)) {
    for (const [label, v] of NOT_OBJECTS.slice(0, 12)) if (v !== undefined) out.push({ type, label: `${type}: ${label}`, payload: v });
    out.push({ type, label: `${type}: extra key`, payload: { ...payload, html: '<img src=x onerror=alert(1)>' } });
    for (const key of required) out.push({ type, label: `${type}: missing ${key}`, payload: withField(payload, key, undefined) });
    for (const key of Object.keys(payload)) for (const [label, v] of NEVER_VALID) out.push({ type, label: `${type}: ${key} = ${label}`, payload: withField(payload, key, v) });
    for (const key of Object.keys(payload).filter((k) => /Id$|^[ab]$/.test(k) && k !== 'id'))
      for (const bad of BAD_CONTACT_IDS) out.push({ type, label: `${type}: ${key} = ${describeValue(bad)}`, payload: withField(payload, key, bad) });
  }
  return out;
}
