import type { IntroGraph } from '../../chains/graph';
import { owedUpdates, type OwedUpdate } from '../../chains/owedUpdates';
import type { Settings } from '../../model/settings';
import type { ContactId, Interaction } from '../../model/types';
import { DAY, shiftOffQuietDays } from '../../rules/calendar';
import { both, days } from '../../rules/makeFinding';
import { stepsWords } from '../../rules/stepWords';
import type { OwedNote } from './types';

interface OwedInput {
  contactId: ContactId;
  graph: IntroGraph;
  historyOf: (id: ContactId) => readonly Interaction[];
  name: (id: ContactId) => string;
  exists: (id: ContactId) => boolean;
  settings: Settings;
  now: number;
}

/**
 * The updates owed about this contact (to whoever introduced you), and those owed to this contact
 * about people they introduced you to (say it in this message): the latter first, then by date.
 */
export function owedNotes(x: OwedInput): OwedNote[] {
  const owed: OwedNote[] = [];
  const opts = { exists: x.exists };
  for (const o of owedUpdates(x.contactId, x.graph, x.historyOf, x.settings, x.now, opts)) owed.push(note(x, o, false));
  for (const o of owedUpdates('all', x.graph, x.historyOf, x.settings, x.now, opts))
    if (o.recommenderId === x.contactId && !owed.some((k) => k.key === o.key)) owed.push(note(x, o, true));
  return owed.sort((a, b) => Number(b.toThisContact) - Number(a.toThisContact) || a.dueAt - b.dueAt);
}

function note(x: OwedInput, o: OwedUpdate, toThisContact: boolean): OwedNote {
  const { now } = x;
  const dueAt = shiftOffQuietDays(o.dueAt, x.settings.quietDays);
  const what = stepsWords(o.steps, x.name(o.aboutContactId));
  const r = x.name(o.recommenderId);
  const about = x.name(o.aboutContactId);
  const when = dueAt <= now ? days((now - dueAt) / DAY) : days(Math.ceil((dueAt - now) / DAY));
  const late = now - dueAt < DAY ? both('due today', 'à faire aujourd’hui') : both(`due ${when.en} ago`, `à faire depuis ${when.fr}`);
  return {
    key: o.key,
    recommenderId: o.recommenderId,
    recommenderName: r,
    aboutContactId: o.aboutContactId,
    aboutName: about,
    dueAt,
    isDue: dueAt <= now,
    toThisContact,
    reason:
      dueAt <= now
        ? both(`${r} has not heard how it went with ${about}: ${what.en} (${late.en}).`, `${r} ne sait pas où vous en êtes avec ${about} : ${what.fr} (${late.fr}).`)
        : both(`Tell ${r} how it went with ${about} within ${when.en}: ${what.en}.`, `Dites à ${r} où vous en êtes avec ${about} d’ici ${when.fr} : ${what.fr}.`),
  };
}
