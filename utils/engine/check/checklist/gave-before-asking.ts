import { both } from '../../../rules/makeFinding';
import type { ChecklistRule } from './index';

/** Whether what you asked of this person is balanced by what you gave them (seeds 001, 003). */
export const gaveBeforeAsking: ChecklistRule = (x, name, of) => {
  const id = 'gave-before-asking';
  const f = of('ask-without-give')[0];
  if (f) return { id, ok: false, reason: f.reason, hint: f.action?.label };
  const { asked, gave } = x.ledger;
  const total = asked + (x.ledger.draftAsks ? 1 : 0);
  if (total === 0)
    return {
      id,
      ok: null,
      reason: both(`You have asked ${name} for nothing so far (given: ${gave}).`, `Vous n’avez rien demandé à ${name} jusqu’ici (donné : ${gave}).`),
    };
  return { id, ok: true, reason: both(`Given ${gave} time${gave > 1 ? 's' : ''}, asked ${total}.`, `Donné ${gave} fois, demandé ${total} fois.`) };
};
