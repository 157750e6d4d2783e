import type { Finding } from '../model/finding';
import type { AskType, Interaction } from '../model/types';
import type { RuleContext } from './context';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

/** What counts as asking: anything but news or nothing. */
export function asksOf(asks: readonly AskType[] | undefined): AskType[] {
  return Array.isArray(asks) ? asks.filter((a) => a !== 'none' && a !== 'update') : [];
}

function isOutgoing(i: Interaction): boolean {
  return i.kind === 'message-sent' || i.kind === 'invite-sent';
}

/**
 * Asks to this person outnumber what you gave them (seed 001: « on reçoit lorsqu'on donne
 * soi-même »; 003: networks want « généreux » members). One message with an ask counts once,
 * whatever it asks; the draft counts when it asks. Gives are the `give` interactions (article,
 * introduction, congratulations, help…). The key follows the number of asks, so a dismissed
 * ledger comes back at the next ask.
 */
export function askWithoutGive(ctx: RuleContext): Finding[] {
  let asked = 0;
  let gave = 0;
  let received = 0;
  const kinds = new Set<AskType>();
  for (const i of ctx.interactions) {
    if (isOutgoing(i)) {
      const a = asksOf(i.asks);
      if (a.length) {
        asked++;
        a.forEach((k) => kinds.add(k));
      }
    } else if (i.kind === 'give') gave++;
    else if (i.kind === 'received-give') received++;
  }
  const draftAsks = asksOf(ctx.draft?.analysis?.asks?.asks);
  if (draftAsks.length) {
    asked++;
    draftAsks.forEach((k) => kinds.add(k));
  }
  if (asked <= gave) return [];
  const name = displayName(ctx.contact);
  const askedWords = { en: `${asked} time${asked > 1 ? 's' : ''}`, fr: `${asked} fois` };
  const gaveWords =
    gave === 0 ? { en: 'nothing yet', fr: 'rien pour l’instant' } : { en: `${gave} time${gave > 1 ? 's' : ''}`, fr: `${gave} fois` };
  const withDraft = draftAsks.length ? { en: ', this message included', fr: ', ce message compris' } : { en: '', fr: '' };
  return [
    makeFinding('ask-without-give', {
      key: `ask-without-give:${ctx.contact.id}:${asked}`,
      severity: draftAsks.length ? 'medium' : 'low',
      contactId: ctx.contact.id,
      dueAt: ctx.now,
      reason: both(
        `You have asked ${name} for something ${askedWords.en}${withDraft.en}, and given ${gaveWords.en}.`,
        `Vous avez sollicité ${name} ${askedWords.fr}${withDraft.fr}, et donné ${gaveWords.fr}.`,
      ),
      action: {
        kind: 'log-give',
        contactId: ctx.contact.id,
        label: both(
          'Give first: share an article, congratulate them, offer an introduction or your help',
          'Donnez d’abord : un article, des félicitations, une mise en relation ou votre aide',
        ),
      },
      details: { asks: [...kinds], count: asked, gives: gave, receivedGives: received },
    }),
  ];
}
