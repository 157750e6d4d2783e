import type { Finding } from '../model/finding';
import type { RuleContext } from './context';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

/** Below this many references to yourself, a draft is too short to judge ("Merci !"). */
const MIN_SELF_REFS = 3;

/**
 * The draft talks about the sender and asks the recipient nothing about themselves (seed 001:
 * « faites parler vos interlocuteurs d'eux-mêmes à chaque occasion »). A pure update — news to a
 * recommender — is about you by nature and is left alone.
 */
export function noInterestShown(ctx: RuleContext): Finding[] {
  const a = ctx.draft?.analysis;
  const interest = a?.interest;
  if (!interest) return [];
  const asks = Array.isArray(a.asks?.asks) ? a.asks.asks : [];
  if (asks.length > 0 && asks.every((k) => k === 'update')) return [];
  const self = count(interest.selfRefs);
  const them = count(interest.recipientRefs);
  const questions = count(interest.questionsToRecipient);
  if (questions > 0 || self < MIN_SELF_REFS || them >= self) return [];
  const name = displayName(ctx.contact);
  return [
    makeFinding('no-interest-shown', {
      key: `no-interest-shown:${ctx.contact.id}`,
      severity: 'low',
      contactId: ctx.contact.id,
      dueAt: ctx.now,
      reason: both(
        `Your message mentions yourself ${self} times and ${name} ${them} time${them === 1 ? "" : "s"}, and asks ${name} nothing. Ask a question about their work, their path or their view.`,
        `Votre message parle de vous ${self} fois et de ${name} ${them} fois, sans rien demander à ${name}. Posez une question sur son activité, son parcours ou son avis.`,
      ),
      details: { selfRefs: self, recipientRefs: them, questionsToRecipient: questions },
    }),
  ];
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
