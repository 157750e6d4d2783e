import { contactsDownChain, type IntroSource } from '../chains/graph';
import { owedUpdates, type InteractionSource, type OwedUpdate } from '../chains/owedUpdates';
import type { Finding } from '../model/finding';
import type { Settings } from '../model/settings';
import type { ContactId } from '../model/types';
import { DAY, shiftOffQuietDays } from './calendar';
import { historyOf, type RuleContext } from './context';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';
import { stepsSummaryBoth } from '../words/stepsSummary';

/**
 * Someone who opened a door hears what came of it (seed 001): the person who introduced you
 * directly, and everyone up the chain when the user chose so (settings.remindWholeChain).
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
 * passed; to the direct recommender only unless settings.remindWholeChain. What this rule reports about the contact, and what the due list counts without making
 * findings (utils/engine/dueEntries.ts).
 */
export function dueOwedUpdates(
  contactId: ContactId,
  introductions: IntroSource,
  interactions: InteractionSource,
  settings: Pick<Settings, 'updateDelayDays' | 'importReminderWindowDays' | 'quietDays'> & Partial<Pick<Settings, 'remindWholeChain'>>,
  now: number,
  exists: (id: ContactId) => boolean,
): OwedUpdate[] {
  const out: OwedUpdate[] = [];
  for (const owed of owedUpdates(contactId, introductions, interactions, settings, now, { exists })) {
    // Calm by default: the one who introduced you directly; the whole chain when the user asks.
    if (owed.depth > 1 && settings.remindWholeChain !== true) continue;
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
  const what = stepsSummaryBoth(owed.steps, ctx.now);
  const since = days((ctx.now - first.at) / DAY);
  const overdue = dueAt <= ctx.now;
  // Further up a chain, the one who introduced you to the contact: named once, never the whole chain hop by hop.
  const via = owed.depth > 1 ? name(owed.path[owed.path.length - 2]) : undefined;
  const chain = via
    ? both(` ${recommender} is further up the chain: ${via} introduced you to ${about}.`, ` ${recommender} est plus haut dans la chaîne : ${via} vous a mis en relation avec ${about}.`)
    : both('', '');
  const viaWords = via ? ` (via ${via})` : '';
  return makeFinding('recommender-not-informed', {
    key: owed.key,
    severity: overdue ? 'high' : 'medium',
    contactId: ctx.contact.id,
    dueAt,
    reason: both(
      `Tell ${recommender} how it went with ${about}: ${what.en} (${since.en} without news).${chain.en}`,
      `Dites à ${recommender} où vous en êtes avec ${about} : ${what.fr} (${since.fr} sans nouvelles).${chain.fr}`,
    ),
    summary: both(`Tell them how it went with ${about}${viaWords}: ${what.en}`, `Lui dire où vous en êtes avec ${about}${viaWords} : ${what.fr}`),
    action: {
      kind: 'write-to',
      contactId: owed.recommenderId,
      label: both(`Tell ${recommender} how it went with ${about}`, `Donner des nouvelles de ${about} à ${recommender}`),
    },
    details: {
      recommenderId: owed.recommenderId,
      aboutContactId: owed.aboutContactId,
      recommenderName: recommender,
      aboutName: about,
      ...(via ? { viaName: via } : {}),
      count: owed.steps.length,
      depth: owed.depth,
      path: owed.path,
      // What the update to copy tells (utils/words/updateOwed.ts): no message text.
      steps: owed.steps.map((s) => (s.outcome === undefined ? { kind: s.kind, at: s.at } : { kind: s.kind, at: s.at, outcome: s.outcome })),
      lastStep: { kind: last.kind, outcome: last.outcome, at: last.at },
    },
  });
}
