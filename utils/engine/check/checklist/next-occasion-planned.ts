import { DAY } from '../../../rules/calendar';
import { both, days } from '../../../rules/makeFinding';
import { clip } from '../../../text/clip';
import type { ChecklistRule } from './index';

/** Whether a next occasion with this person is planned (seed 001: always plan the next one). */
export const nextOccasionPlanned: ChecklistRule = (x, name, of) => {
  const id = 'next-occasion-planned';
  const missing = of('next-occasion-missing')[0];
  if (missing) return { id, ok: false, reason: missing.reason, hint: missing.action?.label };
  const step = x.openSteps[0];
  if (step) {
    const late = step.due <= x.now;
    const text = clip(step.text);
    const when = late ? days((x.now - step.due) / DAY) : days(Math.ceil((step.due - x.now) / DAY));
    return late
      ? { id, ok: false, reason: both(`Planned: “${text}”, due ${when.en} ago.`, `Prévu : « ${text} », en retard de ${when.fr}.`) }
      : { id, ok: true, reason: both(`Planned: “${text}”, in ${when.en}.`, `Prévu : « ${text} », dans ${when.fr}.`) };
  }
  const warm = of('keep-warm')[0];
  if (warm) return { id, ok: false, reason: warm.reason, hint: warm.action?.label };
  if (!x.history.length) return { id, ok: null, reason: both(`Nothing exchanged with ${name} yet.`, `Rien d’échangé avec ${name} pour l’instant.`) };
  return { id, ok: null, reason: both(`No meeting or news with ${name} calls for a next step yet.`, `Aucun rendez-vous ni nouvelle avec ${name} n’appelle encore d’étape suivante.`) };
};
