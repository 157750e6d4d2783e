import type { Interaction } from '../model/types';

/**
 * Which interactions with an introduced contact are news a recommender is owed (seed 001: « tenir
 * au courant systématiquement vos interlocuteurs, suite à chacun de vos contacts »).
 *
 * - Every meeting, call and recorded outcome (interview, offer, rejection, hire, deal, no answer):
 *   each is a new contact worth reporting.
 * - Messages count as milestones, not one by one: the first message or invitation you sent after
 *   the introduction ("I wrote to Sophie") and the first reply you received ("she answered").
 *   The chatter that follows (arranging a date, thanks) is not news of its own; the meeting it
 *   leads to is.
 * - Nothing before the introduction counts: the recommender had no part in it.
 *
 * Consecutive steps before one update need that one update (see owedUpdates).
 */
export function stepsSince(interactions: readonly Interaction[], introducedAt: number): Interaction[] {
  const out: Interaction[] = [];
  let sawSent = false;
  let sawReceived = false;
  for (const i of sortedByTime(interactions)) {
    if (!i || !(i.at >= introducedAt)) continue;
    switch (i.kind) {
      case 'meeting':
      case 'call':
      case 'outcome':
        out.push(i);
        break;
      case 'message-sent':
      case 'invite-sent':
        if (!sawSent) out.push(i);
        sawSent = true;
        break;
      case 'message-received':
        if (!sawReceived) out.push(i);
        sawReceived = true;
        break;
      default:
        break;
    }
  }
  return out;
}

/** Most callers pass sorted lists; copy and sort only when needed, dropping malformed rows. */
export function sortedByTime(list: readonly Interaction[]): readonly Interaction[] {
  if (!Array.isArray(list)) return [];
  let sorted = true;
  for (let k = 0; k < list.length; k++) {
    const i = list[k];
    if (!i || !Number.isFinite(i.at)) return list.filter((x) => !!x && Number.isFinite(x.at)).sort(byTime);
    if (k > 0 && list[k - 1].at > i.at) sorted = false;
  }
  return sorted ? list : [...list].sort(byTime);
}

function byTime(a: Interaction, b: Interaction): number {
  return a.at - b.at;
}
