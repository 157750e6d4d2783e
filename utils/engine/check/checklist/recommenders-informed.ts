import { both } from '../../../rules/makeFinding';
import type { ChecklistRule } from './index';

/** Whether the people who opened this door know what came of it (seed 001: keep them informed). */
export const recommendersInformed: ChecklistRule = (x, name) => {
  const id = 'recommenders-informed';
  // Owed to the person being written to: this message is the natural place to say it.
  const here = x.owed.find((o) => o.toThisContact && (x.analysis || o.isDue));
  if (here) return { id, ok: false, reason: here.reason, hint: x.analysis ? both('Say it in this message.', 'Dites-le dans ce message.') : undefined };
  const due = x.owed.find((o) => o.isDue);
  if (due) return { id, ok: false, reason: due.reason };
  const soon = x.owed.find((o) => !o.toThisContact);
  if (soon) return { id, ok: true, reason: soon.reason };
  if (!x.recommenders.length) return { id, ok: null, reason: both(`Nobody introduced you to ${name}.`, `Personne ne vous a présenté ${name}.`) };
  const names = x.recommenders.map((r) => r.name).join(', ');
  return { id, ok: true, reason: both(`${names} knows where you stand with ${name}.`, `${names} sait où vous en êtes avec ${name}.`) };
};
