import type { Finding } from '../model/finding';
import type { ContactId, NextStep } from '../model/types';
import { DAY } from './calendar';
import type { RuleContext } from './context';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

const MAX_TEXT = 140;

/**
 * A promise you made (the link, the article, the news) or a next step you planned has come due
 * and is not done (seed 001, « tenir à chaud vos contacts »: she promised the link, and sent it —
 * which became the next occasion). User-set dates are kept as they are, quiet days included.
 */
export function promiseDue(ctx: RuleContext): Finding[] {
  const name = displayName(ctx.contact);
  const out: Finding[] = [];
  for (const step of duePromises(ctx.contact.id, ctx.nextSteps, ctx.now)) {
    const text = quoteOf(step);
    const late = days((ctx.now - step.due) / DAY);
    const isPromise = step.kind === 'promise';
    const when =
      ctx.now - step.due < DAY ? { en: 'due today', fr: 'prévu aujourd’hui' } : { en: `due ${late.en} ago`, fr: `prévu il y a ${late.fr}` };
    out.push(
      makeFinding('promise-due', {
        key: promiseKey(ctx.contact.id, step),
        severity: isPromise ? 'medium' : 'low',
        contactId: ctx.contact.id,
        dueAt: step.due,
        reason: isPromise
          ? both(`You promised ${name}: “${text}” (${when.en}).`, `Vous avez promis à ${name} : « ${text} » (${when.fr}).`)
          : both(`Planned with ${name}: “${text}” (${when.en}).`, `Prévu avec ${name} : « ${text} » (${when.fr}).`),
        summary: isPromise
          ? both(`You promised: “${text}” (${when.en})`, `Vous avez promis : « ${text} » (${when.fr})`)
          : both(`Planned: “${text}” (${when.en})`, `Prévu : « ${text} » (${when.fr})`),
        action: isPromise
          ? { kind: 'keep-promise', contactId: ctx.contact.id, label: both(`Keep your promise to ${name}`, `Tenir votre promesse à ${name}`) }
          : { kind: 'write-to', contactId: ctx.contact.id, label: both(`Write to ${name}`, `Écrire à ${name}`) },
        details: { nextStepId: step.id, kind: step.kind, text },
      }),
    );
  }
  return out;
}

/** The contact's promises and next steps not done whose date has come: what this rule reports, and the due list counts. */
export function duePromises<S extends Pick<NextStep, 'contactId' | 'doneAt' | 'due'>>(contactId: ContactId, steps: readonly S[], now: number): S[] {
  return steps.filter((step) => !!step && step.contactId === contactId && step.doneAt === undefined && Number.isFinite(step.due) && step.due <= now);
}

export function promiseKey(contactId: ContactId, step: Pick<NextStep, 'id' | 'sourceInteractionKey' | 'createdAt'>): string {
  return `promise-due:${contactId}:${step.id ?? step.sourceInteractionKey ?? step.createdAt}`;
}

function quoteOf(step: NextStep): string {
  const t = typeof step.text === 'string' ? step.text.replace(/\s+/g, ' ').trim() : '';
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}
