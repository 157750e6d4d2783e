import type { Contact, ContactId } from '../../../model/types';
import { normaliseWhitespace, stripTags } from '../parse/text';
import type { ContactFacts } from '../plan/contactFacts';

/** Someone to maybe place in the close circle: among the people the user exchanged with most. */
export interface CircleCandidate {
  contactId: ContactId;
  name: string;
  /** Company and title as the archive or Relais knows them. */
  company?: string;
  title?: string;
  sent: number;
  received: number;
  /** Their last message exchanged, either way. */
  lastAt: number;
  /** Ticked when the list opens: a sensible first circle. */
  preselected: boolean;
  /** Already in the close circle (tier close). */
  inCircle: boolean;
}

/** A conversation whose last message is theirs: listed after the import, never reminded. */
export interface WaitingReply {
  contactId: ContactId;
  name: string;
  at: number;
  threadUrl?: string;
  /** The start of their last message, as plain text. */
  excerpt: string;
}

/** The start after an import: who could be the close circle, and who is waiting for a reply. */
export interface ImportStart {
  circle: CircleCandidate[];
  waiting: WaitingReply[];
  /** All the conversations waiting, of which `waiting` holds the most recent. */
  waitingTotal: number;
}

/** Messages exchanged with one person in one-to-one conversations (group messages say less). */
export interface Exchanges {
  sent: number;
  received: number;
  lastAt: number;
}

/** The last message of a conversation, when it is theirs. */
export interface LastTheirs {
  contactId: ContactId;
  at: number;
  text: string;
  threadUrl?: string;
}

const CANDIDATES = 12;
const PRESELECTED = 5;
/** Two exchanges each way: a conversation, not a question and its polite answer. */
const PRESELECT_EACH_WAY = 2;
const PRESELECT_WITHIN_MS = 2 * 365 * 86_400_000;
const WAITING_SHOWN = 10;
const EXCERPT = 140;

export function emptyStart(): ImportStart {
  return { circle: [], waiting: [], waitingTotal: 0 };
}

function excerptOf(text: string): string {
  const plain = normaliseWhitespace(stripTags(text));
  return plain.length > EXCERPT ? `${plain.slice(0, EXCERPT - 1).trimEnd()}…` : plain;
}

/**
 * The people to offer for the close circle: those the user exchanged with both ways, most first
 * (the fewer direction counts: a conversation, not a broadcast), then the most messages, then the
 * most recent. The ticked ones have had at least two exchanges each way in the last two years, at
 * most five of them: few enough to keep up with, close enough to matter.
 */
export function startSummary(
  exchanges: ReadonlyMap<ContactId, Exchanges>,
  lastTheirs: readonly LastTheirs[],
  facts: ReadonlyMap<ContactId, ContactFacts>,
  existing: ReadonlyMap<ContactId, Contact>,
  now: number,
): ImportStart {
  const person = (id: ContactId) => {
    const f = facts.get(id);
    const c = existing.get(id);
    return { name: c?.name || f?.name || '', company: c?.company ?? f?.company, title: c?.title ?? f?.title, inCircle: c?.tier === 'close' };
  };
  const ranked = [...exchanges]
    .filter(([, e]) => e.sent > 0 && e.received > 0)
    .sort(([, a], [, b]) => Math.min(b.sent, b.received) - Math.min(a.sent, a.received) || b.sent + b.received - (a.sent + a.received) || b.lastAt - a.lastAt);
  const circle: CircleCandidate[] = [];
  let preselected = 0;
  for (const [contactId, e] of ranked) {
    const p = person(contactId);
    if (!p.name) continue;
    const pick = !p.inCircle && preselected < PRESELECTED && Math.min(e.sent, e.received) >= PRESELECT_EACH_WAY && e.lastAt >= now - PRESELECT_WITHIN_MS;
    if (pick) preselected++;
    circle.push({ contactId, name: p.name, ...(p.company ? { company: p.company } : {}), ...(p.title ? { title: p.title } : {}), sent: e.sent, received: e.received, lastAt: e.lastAt, preselected: pick, inCircle: p.inCircle });
    if (circle.length === CANDIDATES) break;
  }
  const waitingAll = lastTheirs.filter((w) => person(w.contactId).name).sort((a, b) => b.at - a.at);
  const waiting = waitingAll.slice(0, WAITING_SHOWN).map((w) => ({
    contactId: w.contactId,
    name: person(w.contactId).name,
    at: w.at,
    ...(w.threadUrl ? { threadUrl: w.threadUrl } : {}),
    excerpt: excerptOf(w.text),
  }));
  return { circle, waiting, waitingTotal: waitingAll.length };
}

/** The same start once the writer has moved ids to the contacts they had become (a live merge). */
export function remapStart(start: ImportStart, remap: ReadonlyMap<ContactId, ContactId>): ImportStart {
  if (!remap.size) return start;
  const id = (x: ContactId) => remap.get(x) ?? x;
  return { ...start, circle: start.circle.map((c) => ({ ...c, contactId: id(c.contactId) })), waiting: start.waiting.map((w) => ({ ...w, contactId: id(w.contactId) })) };
}
