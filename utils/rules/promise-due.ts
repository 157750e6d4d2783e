import type { Finding } from '../model/finding';
import type { NextStep } from '../model/types';
import { DAY } from './calendar';
import type { RuleContext } from './context';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from './names';

const MAX_TEXT = 140;

/**
 * A promise you made (the link, the article, the news) or a next step you planned has come due
 * and is not done (seed 001, « tenir à chaud vos contacts »: she promised the link, and sent it —
 * which became the next occasion). User-set dates are kept as they are, quiet days included.
 */
export function promiseDue(ctx: RuleContext): Finding[] {
  const name = displayName(ctx.contact);
  const out: Finding[] = [];
  for (const step of ctx.nextSteps) {
    if (!step || step.contactId !== ctx.contact.id || step.doneAt !== undefined) continue;
    if (!Number.isFinite(step.due) || step.due > ctx.now) continue;
    const text = quoteOf(step);
    const late = days((ctx.now - step.due) / DAY);
    const isPromise = step.kind === 'promise';
    const when =
      ctx.now - step.due < DAY ? { en: 'due today', fr: 'prévu aujourd’hui' } : { en: `due ${late.en} ago`, fr: `prévu il y a ${late.fr}` };
    out.push(
      makeFinding('promise-due', {
        key: `promise-due:${ctx.contact.id}:${step.id ?? step.sourceInteractionKey ?? step.createdAt}`,
        severity: isPromise ? 'medium' : 'low',
        contactId: ctx.contact.id,
        dueAt: step.due,
        reason: isPromise
          ? both(`You promised ${name}: “${text}” (${when.en}).`, `Vous avez promis à ${name} : « ${text} » (${when.fr}).`)
          : both(`Planned with ${name}: “${text}” (${when.en}).`, `Prévu avec ${name} : « ${text} » (${when.fr}).`),
        action: isPromise
          ? { kind: 'keep-promise', contactId: ctx.contact.id, label: both(`Keep your promise to ${name}`, `Tenir votre promesse à ${name}`) }
          : { kind: 'write-to', contactId: ctx.contact.id, label: both(`Write to ${name}`, `Écrire à ${name}`) },
        details: { nextStepId: step.id, kind: step.kind, text },
      }),
    );
  }
  return out;
}

function quoteOf(step: NextStep): string {
  const t = typeof step.text === 'string' ? step.text.replace(/\s+/g, ' ').trim() : '';
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}
