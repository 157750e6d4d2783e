import type { Bilingual } from '../model/finding';
import type { Interaction } from '../model/types';

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

/** Several steps, oldest first: "you wrote to Sophie, Sophie replied, interview". */
export function stepsWords(steps: readonly Interaction[], name: string): Bilingual {
  const shown = steps.slice(-3).map((s) => stepWords(s, name));
  const more = steps.length > 3 ? steps.length - 3 : 0;
  return {
    en: (more ? [`${more} earlier step${more > 1 ? 's' : ''}`] : []).concat(shown.map((w) => w.en)).join(', '),
    fr: (more ? [`${more} étape${more > 1 ? 's' : ''} antérieure${more > 1 ? 's' : ''}`] : []).concat(shown.map((w) => w.fr)).join(', '),
  };
}
