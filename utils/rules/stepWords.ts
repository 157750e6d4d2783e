import type { Bilingual } from '../model/finding';
import type { Interaction } from '../model/types';
import { stepsSummaryBoth } from '../words/stepsSummary';

/** How a step with someone reads in a reminder ("interview", "Sophie replied"). */
export function stepWords(step: Interaction, name: string): Bilingual {
  switch (step.kind) {
    case 'message-sent':
      return { en: `you wrote to ${name}`, fr: `vous avez écrit à ${name}` };
    case 'invite-sent':
      return { en: `you invited ${name} to connect`, fr: `vous avez invité ${name} à se connecter` };
    case 'message-received':
      return { en: `${name} replied`, fr: `${name} a répondu` };
    case 'meeting':
      return { en: `meeting with ${name}`, fr: `rendez-vous avec ${name}` };
    case 'call':
      return { en: `call with ${name}`, fr: `appel avec ${name}` };
    case 'outcome':
      switch (step.outcome) {
        case 'interview':
          return { en: 'interview', fr: 'entretien' };
        case 'offer':
          return { en: 'offer received', fr: 'offre reçue' };
        case 'rejected':
          return { en: 'not selected', fr: 'candidature non retenue' };
        case 'hired':
          return { en: 'hired', fr: 'embauche' };
        case 'deal':
          return { en: 'deal signed', fr: 'affaire conclue' };
        case 'no-answer':
          return { en: `no answer from ${name}`, fr: `pas de réponse de ${name}` };
        case 'meeting':
          return { en: `meeting with ${name}`, fr: `rendez-vous avec ${name}` };
        default:
          return { en: 'news', fr: 'du nouveau' };
      }
    default:
      return { en: 'news', fr: 'du nouveau' };
  }
}

/**
 * Several steps, each kind said once and dated: "3 meetings and an interview since 12 March"
 * (utils/words/stepsSummary.ts). Dates of another year than `now` (by default the last step's)
 * say their year.
 */
export function stepsWords(steps: readonly Interaction[], _name?: string, now = lastAt(steps)): Bilingual {
  return stepsSummaryBoth(steps, now);
}

function lastAt(steps: readonly Interaction[]): number {
  let last = -Infinity;
  for (const s of steps) if (s && Number.isFinite(s.at) && s.at > last) last = s.at;
  return Number.isFinite(last) ? last : 0;
}
