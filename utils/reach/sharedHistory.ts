import type { Contact, Interaction } from '../model/types';

/** What you and a contact have already lived together: the ground a request stands on. */
export interface SharedHistory {
  /** The user marked them as someone they really worked with. */
  workedWith: boolean;
  /** A meeting, a call, or an outcome that implies one (an interview). */
  met: boolean;
  /** They answered at least once. */
  replied: boolean;
  /** Any message either way. */
  exchanged: boolean;
}

const MET_OUTCOMES = new Set(['meeting', 'interview', 'offer', 'hired', 'deal']);

export function readSharedHistory(contact: Pick<Contact, 'workedWith' | 'lastReplyAt'>, history: readonly Interaction[]): SharedHistory {
  let met = false;
  let replied = typeof contact.lastReplyAt === 'number';
  let exchanged = replied;
  for (const i of history ?? []) {
    if (!i) continue;
    if (i.kind === 'meeting' || i.kind === 'call' || (i.kind === 'outcome' && i.outcome && MET_OUTCOMES.has(i.outcome))) met = true;
    if (i.kind === 'message-received') replied = true;
    if (i.kind === 'message-sent' || i.kind === 'message-received' || i.kind === 'update-sent') exchanged = true;
  }
  return { workedWith: contact.workedWith === true, met, replied, exchanged };
}
