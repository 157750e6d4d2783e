import { both } from '../../../rules/makeFinding';
import { ASK_NOUN } from '../../../reach/reachReasons';
import type { ChecklistRule } from './index';
import { NO_DRAFT } from './noDraft';

/** Whether the draft asks for something this person can grant (seed 001: « une demande à votre portée »). */
export const askWithinReach: ChecklistRule = (x, name) => {
  const id = 'ask-within-reach';
  if (!x.analysis) return { id, ok: null, reason: NO_DRAFT };
  const real = x.asks.filter((a) => a.ask !== 'update');
  const power = real.filter((a) => a.verdict !== 'within');
  if (power.length) {
    const a = power.find((k) => k.verdict === 'beyond') ?? power[0];
    const noun = ASK_NOUN[a.ask];
    const why = { en: a.reasons.map((r) => r.en).join('; '), fr: a.reasons.map((r) => r.fr).join(' ; ') };
    const cue = a.cues[0];
    return {
      id,
      ok: false,
      reason:
        a.verdict === 'beyond'
          ? both(
              `You ask ${name} for ${noun.en}${cue ? ` (“${cue}”)` : ''}, probably beyond their reach: ${why.en}.`,
              `Vous demandez ${noun.fr} à ${name}${cue ? ` (« ${cue} »)` : ''}, sans doute hors de sa portée : ${why.fr}.`,
            )
          : both(
              `You ask ${name} for ${noun.en}${cue ? ` (“${cue}”)` : ''}; Relais cannot tell whether it is within their reach: ${why.en}.`,
              `Vous demandez ${noun.fr} à ${name}${cue ? ` (« ${cue} »)` : ''} ; Relais ne sait pas si c’est à sa portée : ${why.fr}.`,
            ),
      hint: a.hint,
    };
  }
  if (!real.length) return { id, ok: true, reason: both('Your message asks for nothing they could not give.', 'Votre message ne demande rien qu’on ne puisse donner.') };
  const nouns = real.map((a) => ASK_NOUN[a.ask]);
  return {
    id,
    ok: true,
    reason: both(
      `You ask for ${nouns.map((n) => n.en).join(', ')}, which is within their reach: ${real[0].reasons[0]?.en ?? ''}.`,
      `Vous demandez ${nouns.map((n) => n.fr).join(', ')}, ce qui est à sa portée : ${real[0].reasons[0]?.fr ?? ''}.`,
    ),
  };
};
