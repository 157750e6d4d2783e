import { graphOf } from '../chains/graph';
import type { Finding } from '../model/finding';
import type { Contact } from '../model/types';
import type { RuleContext } from './context';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';
import { draftNames } from '../people/names';

/**
 * Someone recommended that you write to this contact, and the first message since then does not
 * say so (seed 001: the caller said « avant tout, qu'elle appelait de la part de votre collègue »).
 * Naming any one of the recommenders is enough; a deleted recommender cannot be named, so it is
 * skipped. Later messages need not repeat it.
 */
export function recommenderNotNamed(ctx: RuleContext): Finding[] {
  const draft = ctx.draft;
  if (!draft?.analysis) return [];
  const intros = [...(graphOf(ctx.introductions).recommendersOf.get(ctx.contact.id) ?? [])].sort((a, b) => b.at - a.at);
  const recommenders: Contact[] = [];
  for (const intro of intros) {
    const wroteSince = ctx.interactions.some((i) => (i.kind === 'message-sent' || i.kind === 'invite-sent') && i.at >= intro.at);
    const r = ctx.contactsById(intro.recommenderId);
    if (!wroteSince && r && !recommenders.some((k) => k.id === r.id)) recommenders.push(r);
  }
  if (!recommenders.length) return [];
  if (recommenders.some((r) => draftNames(draft.analysis, r))) return [];

  const who = recommenders[0];
  const r = displayName(who);
  const name = displayName(ctx.contact);
  return [
    makeFinding('recommender-not-named', {
      key: `recommender-not-named:${ctx.contact.id}`,
      severity: 'medium',
      contactId: ctx.contact.id,
      dueAt: ctx.now,
      reason: both(
        `${r} suggested you contact ${name}, but your message does not say so: without it you are a stranger to ${name}.`,
        `${r} vous a conseillé de contacter ${name}, mais votre message ne le dit pas : sans cela, vous êtes un inconnu pour ${name}.`,
      ),
      action: {
        kind: 'mention-recommender',
        contactId: who.id,
        label: both(`Mention that ${r} suggested you write`, `Mentionnez que ${r} vous a conseillé d’écrire`),
      },
      details: { recommenderId: who.id, recommenderIds: recommenders.map((k) => k.id) },
    }),
  ];
}
