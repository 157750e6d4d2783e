import type { Finding } from '../model/finding';
import type { Interaction } from '../model/types';
import { DAY, finiteOr } from './calendar';
import { cadenceDaysOf } from './cadence';
import type { RuleContext } from './context';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';
import { stepWords } from './stepWords';

/** Moments after which the next occasion should be planned: you met, talked, got news or gave some. */
function isOccasion(i: Interaction): boolean {
  if (i.kind === 'meeting' || i.kind === 'call' || i.kind === 'outcome') return true;
  return i.kind === 'update-sent' || (i.kind === 'message-sent' && Array.isArray(i.asks) && i.asks.includes('update'));
}

/**
 * After a meeting, a call, an outcome or an update, no next step is planned (seed 001: « il faut
 * réfléchir systématiquement à l'étape suivante »). Any open next step or promise answers it, as
 * does one planned since (even if done). Once the contact's cadence has passed, keep-warm speaks
 * instead; imported occasions older than the import window stay quiet.
 */
export function nextOccasionMissing(ctx: RuleContext): Finding[] {
  let last: Interaction | undefined;
  for (const i of ctx.interactions) if (i && isOccasion(i) && (!last || i.at >= last.at)) last = i;
  if (!last || last.at > ctx.now) return [];
  const cadence = cadenceDaysOf(ctx.contact, ctx.settings) * DAY;
  if (ctx.now - last.at >= cadence) return [];
  if (last.source === 'import' && last.at < ctx.now - finiteOr(ctx.settings.importReminderWindowDays, 30) * DAY) return [];
  const after = last.at;
  const planned = ctx.nextSteps.some((s) => s && s.contactId === ctx.contact.id && (s.doneAt === undefined || s.createdAt >= after));
  if (planned) return [];

  const name = displayName(ctx.contact);
  const what = occasionWords(last, name);
  const ago = days((ctx.now - last.at) / DAY);
  return [
    makeFinding('next-occasion-missing', {
      key: `next-occasion-missing:${ctx.contact.id}:${last.key || last.at}`,
      severity: 'low',
      contactId: ctx.contact.id,
      dueAt: last.at,
      reason: both(
        `Since ${what.en} (${ago.en} ago), no next occasion with ${name} is planned.`,
        `Depuis ${what.fr} (il y a ${ago.fr}), aucune prochaine occasion avec ${name} n’est prévue.`,
      ),
      action: {
        kind: 'plan-next',
        contactId: ctx.contact.id,
        label: both(
          'Plan the next occasion: an article to send, news to share, a coffee in a few weeks',
          'Prévoyez la prochaine occasion : un article à envoyer, des nouvelles à donner, un café dans quelques semaines',
        ),
      },
      details: { occasionKind: last.kind, outcome: last.outcome, occasionAt: last.at },
    }),
  ];
}

function occasionWords(i: Interaction, name: string): { en: string; fr: string } {
  switch (i.kind) {
    case 'meeting':
      return { en: `your meeting with ${name}`, fr: `votre rendez-vous avec ${name}` };
    case 'call':
      return { en: `your call with ${name}`, fr: `votre appel avec ${name}` };
    case 'outcome': {
      const w = stepWords(i, name);
      return { en: `the latest news (${w.en})`, fr: `les dernières nouvelles (${w.fr})` };
    }
    default:
      return { en: `your update to ${name}`, fr: `vos nouvelles données à ${name}` };
  }
}
