import { contactsDownChain, type IntroSource } from '../chains/graph';
import { owedUpdates, type InteractionSource, type OwedUpdate } from '../chains/owedUpdates';
import type { Bilingual, Finding } from '../model/finding';
import type { Settings } from '../model/settings';
import type { ContactId } from '../model/types';
import { DAY, shiftOffQuietDays } from './calendar';
import { historyOf, type RuleContext } from './context';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from './names';
import { stepsWords } from './stepWords';

/**
 * Someone who opened a door — and everyone up the chain — hears what came of it (seed 001).
 * - About this contact: every owed update whose reminder date (quiet days skipped) has come.
 * - To this contact, while a draft to them is open: what you owe them about the people they led
 *   you to, due or not — the message being written is the natural place to say it.
 */
export function recommenderNotInformed(ctx: RuleContext): Finding[] {
  const lookup = (id: ContactId) => historyOf(ctx, id);
  const exists = (id: ContactId) => id === ctx.contact.id || !!ctx.contactsById(id);
  const out: Finding[] = dueOwedUpdates(ctx.contact.id, ctx.introductions, lookup, ctx.settings, ctx.now, exists).map((owed) => toFinding(ctx, owed, owed.dueAt));
  if (ctx.draft) {
    for (const downstream of contactsDownChain(ctx.contact.id, ctx.introductions)) {
      if (!exists(downstream)) continue;
      for (const owed of owedUpdates(downstream, ctx.introductions, lookup, ctx.settings, ctx.now, { exists }))
        if (owed.recommenderId === ctx.contact.id) out.push(toFinding(ctx, owed, shiftOffQuietDays(owed.dueAt, ctx.settings.quietDays)));
    }
  }
  return out;
}

/**
 * The updates owed about one contact whose reminder has come: `dueAt` moved off quiet days, and
 * passed. What this rule reports about the contact, and what the due list counts without making
 * findings (utils/engine/dueEntries.ts).
 */
export function dueOwedUpdates(
  contactId: ContactId,
  introductions: IntroSource,
  interactions: InteractionSource,
  settings: Pick<Settings, 'updateDelayDays' | 'importReminderWindowDays' | 'quietDays'>,
  now: number,
  exists: (id: ContactId) => boolean,
): OwedUpdate[] {
  const out: OwedUpdate[] = [];
  for (const owed of owedUpdates(contactId, introductions, interactions, settings, now, { exists })) {
    const dueAt = shiftOffQuietDays(owed.dueAt, settings.quietDays);
    if (dueAt <= now) out.push({ ...owed, dueAt });
  }
  return out;
}

function toFinding(ctx: RuleContext, owed: OwedUpdate, dueAt: number): Finding {
  const name = (id: ContactId) => displayName(id === ctx.contact.id ? ctx.contact : ctx.contactsById(id), id);
  const recommender = name(owed.recommenderId);
  const about = name(owed.aboutContactId);
  const first = owed.steps[0];
  const last = owed.steps[owed.steps.length - 1];
  const what = stepsWords(owed.steps, about);
  const since = days((ctx.now - first.at) / DAY);
  const overdue = dueAt <= ctx.now;
  return makeFinding('recommender-not-informed', {
    key: owed.key,
    severity: overdue ? 'high' : 'medium',
    contactId: ctx.contact.id,
    dueAt,
    reason: both(
      `Tell ${recommender} how it went with ${about}: ${what.en} (${since.en} without news). ${chainSentence(owed.path, name).en}`,
      `Dites à ${recommender} où vous en êtes avec ${about} : ${what.fr} (${since.fr} sans nouvelles). ${chainSentence(owed.path, name).fr}`,
    ),
    action: {
      kind: 'write-to',
      contactId: owed.recommenderId,
      label: both(`Tell ${recommender} how it went with ${about}`, `Donner des nouvelles de ${about} à ${recommender}`),
    },
    details: {
      recommenderId: owed.recommenderId,
      aboutContactId: owed.aboutContactId,
      count: owed.steps.length,
      depth: owed.depth,
      path: owed.path,
      lastStep: { kind: last.kind, outcome: last.outcome, at: last.at },
    },
  });
}

/** "Marc introduced you to Sophie." / "Anne introduced you to Marc, who introduced you to Sophie." */
function chainSentence(path: ContactId[], name: (id: ContactId) => string): Bilingual {
  const names = path.map(name);
  if (names.length < 2) return { en: '', fr: '' };
  const [head, ...rest] = names;
  return {
    en: `${head} introduced you to ${rest.join(', who introduced you to ')}.`,
    fr: `${head} vous a mis en relation avec ${rest.join(', qui vous a mis en relation avec ')}.`,
  };
}
