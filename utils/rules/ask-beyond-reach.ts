import type { Bilingual, Finding } from '../model/finding';
import type { AskType } from '../model/types';
import { assessReach } from '../reach/assessReach';
import { ASK_NOUN } from '../reach/reachReasons';
import type { RuleContext } from './context';
import { both, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

/** Asks that need a power the recipient may not have; advice, news and "nothing" are for anyone. */
const POWER_ASKS: readonly AskType[] = ['job', 'referral', 'intro', 'business', 'endorsement'];

/** An advice-style rewording for each ask, in the spirit of seed 001's six points. */
const REWORD: Record<string, Bilingual> = {
  job: both(
    'Ask for their advice instead: their path, what they would look at in your place. If they have an opening and trust you, they will mention it.',
    'Demandez plutôt un conseil : leur parcours, ce qu’ils regarderaient à votre place. S’ils ont une opportunité et vous font confiance, ils en parleront.',
  ),
  referral: both(
    'Ask for their view of the team and the role first; a referral comes once they know your work.',
    'Demandez d’abord leur regard sur l’équipe et le poste ; une cooptation vient quand on connaît votre travail.',
  ),
  intro: both(
    'Ask whom they would advise you to talk to, and let them offer to put you in touch.',
    'Demandez-leur qui ils vous conseilleraient de rencontrer, et laissez-les proposer la mise en relation.',
  ),
  business: both(
    'Ask about their challenges and listen before proposing anything.',
    'Interrogez-les sur leurs enjeux et écoutez avant de proposer quoi que ce soit.',
  ),
  endorsement: both(
    'Ask someone who saw your work, or offer to work together first.',
    'Demandez à quelqu’un qui a vu votre travail, ou proposez d’abord de travailler ensemble.',
  ),
};

const MAX_CUE = 60;

/** The draft asks for something the recipient cannot grant (seed 001: « une demande à votre portée »). */
export function askBeyondReach(ctx: RuleContext): Finding[] {
  const analysis = ctx.draft?.analysis;
  const asks = Array.isArray(analysis?.asks?.asks) ? analysis.asks.asks : [];
  const name = displayName(ctx.contact);
  const out: Finding[] = [];
  for (const ask of POWER_ASKS) {
    if (!asks.includes(ask)) continue;
    const { verdict, reasons } = assessReach(ctx.contact, ask, ctx.interactions);
    if (verdict === 'within') continue;
    const why = { en: reasons.map((r) => r.en).join('; '), fr: reasons.map((r) => r.fr).join(' ; ') };
    const cue = cueOf(ctx, ask);
    const noun = ASK_NOUN[ask];
    out.push(
      makeFinding('ask-beyond-reach', {
        key: `ask-beyond-reach:${ctx.contact.id}:${ask}`,
        severity: verdict === 'beyond' ? 'high' : 'low',
        contactId: ctx.contact.id,
        dueAt: ctx.now,
        reason:
          verdict === 'beyond'
            ? both(
                `${name} probably cannot grant ${noun.en}${cue ? ` (“${cue}”)` : ''}: ${why.en}.`,
                `${name} ne peut sans doute pas vous accorder ${noun.fr}${cue ? ` (« ${cue} »)` : ''} : ${why.fr}.`,
              )
            : both(
                `Relais cannot tell whether ${name} can grant ${noun.en}${cue ? ` (“${cue}”)` : ''}: ${why.en}.`,
                `Relais ne sait pas si ${name} peut vous accorder ${noun.fr}${cue ? ` (« ${cue} »)` : ''} : ${why.fr}.`,
              ),
        action: { kind: 'reword-as-advice', contactId: ctx.contact.id, label: REWORD[ask] },
        details: { asks: [ask], reach: verdict, reasons },
      }),
    );
  }
  return out;
}

function cueOf(ctx: RuleContext, ask: AskType): string | undefined {
  const cues = ctx.draft?.analysis?.asks?.cues;
  const cue = Array.isArray(cues) ? cues.find((c) => c?.ask === ask)?.cue : undefined;
  if (typeof cue !== 'string') return undefined;
  const t = cue.replace(/\s+/g, ' ').trim();
  return t.length > MAX_CUE ? `${t.slice(0, MAX_CUE - 1)}…` : t || undefined;
}
