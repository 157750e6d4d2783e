import type { AskType, GiveKind, Interaction } from '../../../utils/model/types';
import { asksOf } from '../../../utils/rules/ask-without-give';

export interface Ledger {
  /** Messages and invitations you sent that asked for something (each counts once, as in the rule). */
  asked: number;
  /** What those asked for: a message asking for advice and an introduction counts in both. */
  askedByType: Partial<Record<AskType, number>>;
  gave: number;
  gaveByKind: Partial<Record<GiveKind, number>>;
  /** What they gave you. */
  received: number;
}

/**
 * The give/ask ledger of one contact (seed 001: « on reçoit lorsqu'on donne soi-même »), counted
 * the way the ask-without-give rule counts, so the page and the warning always agree.
 */
export function ledgerOf(interactions: readonly (Interaction | null | undefined)[]): Ledger {
  const ledger: Ledger = { asked: 0, askedByType: {}, gave: 0, gaveByKind: {}, received: 0 };
  for (const i of Array.isArray(interactions) ? interactions : []) {
    if (!i) continue;
    if (i.kind === 'message-sent' || i.kind === 'invite-sent') {
      const asks = [...new Set(asksOf(i.asks))];
      if (!asks.length) continue;
      ledger.asked++;
      for (const a of asks) ledger.askedByType[a] = (ledger.askedByType[a] ?? 0) + 1;
    } else if (i.kind === 'give') {
      ledger.gave++;
      const kind: GiveKind = i.giveKind ?? 'other';
      ledger.gaveByKind[kind] = (ledger.gaveByKind[kind] ?? 0) + 1;
    } else if (i.kind === 'received-give') ledger.received++;
  }
  return ledger;
}
