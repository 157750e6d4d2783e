import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Interaction, InteractionKind } from '../model/types';

/** Messages and gestures each way with one person; a meeting or a call counts both ways. */
export interface Exchanges {
  sent: number;
  received: number;
}

const SENT = 1;
const RECEIVED = 2;
const SIDES: Partial<Record<InteractionKind, number>> = {
  'message-sent': SENT,
  'invite-sent': SENT,
  'update-sent': SENT,
  give: SENT,
  'message-received': RECEIVED,
  'received-give': RECEIVED,
  meeting: SENT | RECEIVED,
  call: SENT | RECEIVED,
};

/** How much an interaction adds to each way (an outcome, a result the user noted, adds nothing). */
export function exchangeSides(kind: unknown): Exchanges {
  const sides = SIDES[kind as InteractionKind] ?? 0;
  return { sent: sides & SENT ? 1 : 0, received: sides & RECEIVED ? 1 : 0 };
}

export function countExchanges(history: readonly (Pick<Interaction, 'kind'> | undefined)[]): Exchanges {
  const out = { sent: 0, received: 0 };
  for (const i of history) {
    if (!i) continue;
    const s = exchangeSides(i.kind);
    out.sent += s.sent;
    out.received += s.received;
  }
  return out;
}

/** Exchanges in both directions: the fewer of the two ways. */
export const twoWay = (e: Exchanges): number => Math.min(e.sent, e.received);

/** What says whether someone is a person to keep in touch with. */
export interface KeepInTouchFacts {
  /** The user placed them in a tier, or gave them a rhythm of their own. */
  chosen: boolean;
  exchanges: Exchanges;
}

/**
 * Whether keeping in touch applies to someone (calm by default): the people the user placed in a
 * tier or gave a rhythm, and those they really talk with — at least
 * `keepInTouchMinExchanges` exchanges each way — so the thousands of connections an import brings,
 * never written to, never become reminders.
 */
export function keptInTouch(facts: KeepInTouchFacts, settings: Pick<Settings, 'keepInTouchMinExchanges'>): boolean {
  return facts.chosen || twoWay(facts.exchanges) >= keepInTouchMin(settings);
}

/** The setting, or its default when it is missing or broken. */
export function keepInTouchMin(settings: Partial<Pick<Settings, 'keepInTouchMinExchanges'>>): number {
  const min = settings.keepInTouchMinExchanges;
  return typeof min === 'number' && Number.isInteger(min) && min >= 0 ? min : DEFAULT_SETTINGS.keepInTouchMinExchanges;
}

/** A value the user set on the record (what an index would hold: a string or a number, not NaN). */
export function isChosen(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value));
}
