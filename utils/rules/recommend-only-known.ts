import type { Bilingual, Finding } from '../model/finding';
import type { ContactId, RecommendationMade } from '../model/types';
import type { RecommendedPerson, RuleContext } from './context';
import { findRecommendedPeople } from './findRecommendedPeople';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

const CHECKLIST: Bilingual = both(
  'Before you vouch: did you see their work yourself? Can you answer for their skills and their way with people?',
  'Avant de vous porter garant : avez-vous vu son travail ? Pouvez-vous garantir ses qualités professionnelles et relationnelles ?',
);

/**
 * Recommend only people you really worked with (seed 000: « recommander, c'est s'engager »; « je
 * recommande exclusivement des personnes que j'ai réellement côtoyées »; 003: the one who brings
 * business « met sa réputation en jeu »).
 * - A draft recommendation of this contact (LinkedIn's form), or a message recommending someone
 *   to this contact, about a person not marked worked-with: high, with the checklist.
 * - A recorded recommendation made without having worked together: low, to follow its outcome.
 */
export function recommendOnlyKnown(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const draft = ctx.draft;
  if (draft) {
    const people: RecommendedPerson[] = draft.isRecommendationOfContact
      ? [{ name: displayName(ctx.contact), contactId: ctx.contact.id }]
      : (Array.isArray(draft.recommends) ? draft.recommends : findRecommendedPeople(draft.analysis?.text)).filter(
          (p) => !!p && p.contactId !== ctx.contact.id,
        );
    for (const p of people) {
      const known = p.contactId ? (p.contactId === ctx.contact.id ? ctx.contact : ctx.contactsById(p.contactId)) : undefined;
      if (known?.workedWith === true) continue;
      const name = known ? displayName(known) : displayName({ id: p.contactId ?? '', name: p.name });
      out.push(
        makeFinding('recommend-only-known', {
          key: `recommend-only-known:draft:${ctx.contact.id}:${p.contactId ?? name.toLowerCase()}`,
          severity: 'high',
          contactId: ctx.contact.id,
          dueAt: ctx.now,
          reason: both(
            `You are recommending ${name}, who is not marked as someone you worked with: your reputation is at stake. ${CHECKLIST.en}`,
            `Vous recommandez ${name}, qui n’est pas noté comme quelqu’un avec qui vous avez travaillé : votre réputation est en jeu. ${CHECKLIST.fr}`,
          ),
          action: {
            kind: 'confirm-worked-with',
            contactId: p.contactId,
            label: both(`I worked with ${name}`, `J’ai travaillé avec ${name}`),
          },
          details: { candidateId: p.contactId, candidateName: name },
        }),
      );
    }
  }
  for (const rec of ctx.recommendationsMade) {
    if (!rec || (rec.candidateId !== ctx.contact.id && rec.toContactId !== ctx.contact.id)) continue;
    const candidate = rec.candidateId === ctx.contact.id ? ctx.contact : ctx.contactsById(rec.candidateId);
    if (rec.workedWith === true || candidate?.workedWith === true) continue;
    out.push(recorded(ctx, rec, candidate ? displayName(candidate) : displayName(undefined, rec.candidateId)));
  }
  return out;
}

function recorded(ctx: RuleContext, rec: RecommendationMade, name: string): Finding {
  const to = rec.toContactId ? displayName(rec.toContactId === ctx.contact.id ? ctx.contact : ctx.contactsById(rec.toContactId), rec.toContactId) : undefined;
  const toEn = to ? ` to ${to}` : '';
  const toFr = to ? ` à ${to}` : '';
  const outcome = OUTCOME[rec.outcome] ?? OUTCOME.pending;
  return makeFinding('recommend-only-known', {
    key: `recommend-only-known:recorded:${rec.id ?? `${rec.candidateId}:${rec.toContactId ?? ''}:${rec.at}`}`,
    severity: 'low',
    contactId: ctx.contact.id,
    dueAt: rec.at,
    reason: both(
      `You recommended ${name}${toEn} without having worked together; outcome: ${outcome.en}. Follow it closely: your name is on it.`,
      `Vous avez recommandé ${name}${toFr} sans avoir travaillé ensemble ; issue : ${outcome.fr}. Suivez-la de près : votre nom y est attaché.`,
    ),
    action: { kind: 'confirm-worked-with', contactId: rec.candidateId as ContactId, label: both(`I worked with ${name}`, `J’ai travaillé avec ${name}`) },
    details: { candidateId: rec.candidateId, aboutContactId: rec.toContactId, outcome: rec.outcome },
  });
}

const OUTCOME: Record<string, Bilingual> = {
  pending: { en: 'pending', fr: 'en attente' },
  hired: { en: 'hired', fr: 'embauche' },
  rejected: { en: 'not selected', fr: 'non retenu' },
  'no-news': { en: 'no news', fr: 'sans nouvelles' },
};
