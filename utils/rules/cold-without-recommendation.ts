import { graphOf } from '../chains/graph';
import type { Finding } from '../model/finding';
import type { RuleContext } from './context';
import { isFirstContact } from './firstContact';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

const NAMES_SHOWN = 3;

/**
 * A first message to someone outside your circle, with nobody to vouch for you (seed 001: « sans
 * recommandation, vous êtes un inconnu »). When a recommender is recorded, recommender-not-named
 * speaks instead; here nobody is, so suggest the mutual connections who could introduce you.
 */
export function coldWithoutRecommendation(ctx: RuleContext): Finding[] {
  const draft = ctx.draft;
  if (!draft || !isFirstContact(ctx)) return [];
  if (ctx.contact.degree !== 2 && ctx.contact.degree !== 3) return [];
  if (Array.isArray(draft.analysis?.recommenders) && draft.analysis.recommenders.length > 0) return [];
  if ((graphOf(ctx.introductions).recommendersOf.get(ctx.contact.id) ?? []).length > 0) return [];

  const name = displayName(ctx.contact);
  const mutualNames = (Array.isArray(ctx.contact.mutualNames) ? ctx.contact.mutualNames : [])
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => displayName({ id: '', name: n }));
  const count = Math.max(mutualNames.length, Number.isFinite(ctx.contact.mutualCount) ? Math.floor(ctx.contact.mutualCount!) : 0);
  const shown = mutualNames.slice(0, NAMES_SHOWN);
  const degree = ctx.contact.degree === 2 ? { en: '2nd-degree', fr: 'de 2e niveau' } : { en: '3rd-degree', fr: 'de 3e niveau' };
  const suggestion =
    shown.length > 0
      ? both(
          `Ask ${orList(shown, 'or')}${count > shown.length ? ` (or one of your ${count} mutual connections)` : ''} to introduce you.`,
          `Demandez à ${orList(shown, 'ou')}${count > shown.length ? ` (ou à l’une de vos ${count} relations en commun)` : ''} de vous mettre en relation.`,
        )
      : count > 0
        ? both(`One of your ${count} mutual connections could introduce you.`, `L’une de vos ${count} relations en commun pourrait vous mettre en relation.`)
        : both('Look for someone who knows them and could introduce you.', 'Cherchez quelqu’un qui le ou la connaît et pourrait vous mettre en relation.');
  return [
    makeFinding('cold-without-recommendation', {
      key: `cold-without-recommendation:${ctx.contact.id}`,
      severity: 'medium',
      contactId: ctx.contact.id,
      dueAt: ctx.now,
      reason: both(
        `This first message to ${name} (${degree.en}) names nobody who recommended you. ${suggestion.en}`,
        `Ce premier message à ${name} (relation ${degree.fr}) ne cite personne qui vous recommande. ${suggestion.fr}`,
      ),
      action: { kind: 'ask-intro', label: suggestion },
      details: { mutualNames: shown, count },
    }),
  ];
}

function orList(names: string[], or: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names[names.length - 1]}`;
}
