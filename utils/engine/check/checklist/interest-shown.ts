import { both } from '../../../rules/makeFinding';
import type { ChecklistRule } from './index';
import { NO_DRAFT } from './noDraft';

/** Whether the draft is about them as well as about you (seed 001: make them talk about themselves). */
export const interestShown: ChecklistRule = (x, _name, of) => {
  const id = 'interest-shown';
  if (!x.analysis) return { id, ok: null, reason: NO_DRAFT };
  const none = of('no-interest-shown')[0];
  if (none) return { id, ok: false, reason: none.reason };
  const i = x.analysis.interest;
  const asks = x.analysis.asks.asks;
  if (asks.length && asks.every((a) => a === 'update'))
    return { id, ok: null, reason: both('An update is about you by nature.', 'Donner des nouvelles, c’est parler de soi : normal.') };
  if (i.questionsToRecipient > 0) {
    const n = i.questionsToRecipient;
    return { id, ok: true, reason: both(`You ask them ${n} question${n > 1 ? 's' : ''} about themselves.`, `Vous lui posez ${n} question${n > 1 ? 's' : ''} sur lui ou elle.`) };
  }
  if (i.selfRefs < 3) return { id, ok: null, reason: both('Too short to tell.', 'Trop court pour en juger.') };
  return { id, ok: true, reason: both('Your message speaks about them at least as much as about you.', 'Votre message parle d’eux au moins autant que de vous.') };
};
