import { both } from '../../../rules/makeFinding';
import type { ChecklistRule } from './index';

/** Who sent you to this person, and whether the draft says so (seed 001: name who sent you). */
export const recommendedBy: ChecklistRule = (x, name, of) => {
  const id = 'recommended-by';
  const notNamed = of('recommender-not-named')[0];
  const names = x.recommenders.map((r) => r.name).join(', ');
  if (notNamed) return { id, ok: false, reason: notNamed.reason, hint: notNamed.action?.label };
  if (x.recommenders.length) {
    const named = x.recommenders.filter((r) => r.named);
    if (!x.analysis) return { id, ok: true, reason: both(`Recommended by ${names}.`, `Recommandé par ${names}.`) };
    if (named.length)
      return { id, ok: true, reason: both(`Recommended by ${names}; your message names ${named[0].name}.`, `Recommandé par ${names} ; votre message cite ${named[0].name}.`) };
    return {
      id,
      ok: true,
      reason: both(`Recommended by ${names}; your earlier messages already said so.`, `Recommandé par ${names} ; vos messages précédents l’ont déjà dit.`),
    };
  }
  const cold = of('cold-without-recommendation')[0];
  if (cold) return { id, ok: false, reason: cold.reason, hint: cold.action?.label };
  const mention = x.analysis?.recommenders[0];
  if (mention)
    return {
      id,
      ok: true,
      reason: both(`Your message names ${mention.name} as the person who sent you.`, `Votre message cite ${mention.name} comme la personne qui vous envoie.`),
    };
  return { id, ok: null, reason: both(`Nobody is recorded as having introduced you to ${name}.`, `Personne n’est noté comme vous ayant présenté ${name}.`) };
};
