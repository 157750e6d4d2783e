import type { Finding } from '../model/finding';
import type { Interaction } from '../model/types';
import { DAY } from './calendar';
import { tierOf } from './cadence';
import type { RuleContext } from './context';
import { keepWarmDue } from './keepWarmDue';
import { countExchanges, isChosen, keptInTouch } from './keptInTouch';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';
import { durationWords } from '../words/durationWords';

const TIER_WORDS = {
  close: { en: 'close contacts', fr: 'proches' },
  regular: { en: 'regular contacts', fr: 'contacts réguliers' },
  weak: { en: 'weak ties', fr: 'liens faibles' },
} as const;
const TALKED_WITH = { en: 'people you talk with', fr: 'personnes avec qui vous échangez' } as const;

/**
 * A contact past the cadence of their tier (seed 002: « il est plus simple de fidéliser que de
 * conquérir »; regularity beats frequency). Any interaction resets the clock. A contact with no
 * history has nothing to keep warm yet, and only the people the user placed in a tier (or gave a
 * rhythm) or really talks with are kept in touch with (keptInTouch). When it is due: keepWarmDue (quiet days, import window),
 * shared with the due list's index path.
 */
export function keepWarm(ctx: RuleContext): Finding[] {
  const { contact, settings, now } = ctx;
  const latest = lastOf(ctx.interactions);
  const fromContact = Number.isFinite(contact.lastInteractionAt) ? contact.lastInteractionAt! : -Infinity;
  const last = Math.max(latest?.at ?? -Infinity, fromContact);
  const due = keepWarmDue(
    {
      id: contact.id,
      last,
      createdAt: contact.createdAt,
      tier: contact.tier,
      cadenceDays: contact.cadenceDays,
      // Without the row (the due list reads none), keepWarmDue asks the record.
      lastFromImport: latest && latest.at >= fromContact ? latest.source === 'import' : undefined,
    },
    settings,
    now,
  );
  if (!due) return [];
  const exchanges = ctx.exchangesOf?.(contact.id) ?? countExchanges(ctx.interactions);
  if (!keptInTouch({ chosen: isChosen(contact.tier) || isChosen(contact.cadenceDays), exchanges }, settings)) return [];
  const { dueAt, key, cadence } = due;

  const name = displayName(contact);
  // Someone the user never placed in a tier is here for how much they talk: a regular's rhythm.
  const tierWords = isChosen(contact.tier) ? TIER_WORDS[tierOf(contact)] : TALKED_WITH;
  const since = days((now - last) / DAY);
  const rhythm =
    typeof contact.cadenceDays === 'number' && contact.cadenceDays > 0
      ? { en: `your rhythm for ${name}: every ${days(cadence).en}`, fr: `votre rythme pour ${name} : tous les ${days(cadence).fr}` }
      : { en: `${tierWords.en}: every ${days(cadence).en}`, fr: `${tierWords.fr} : tous les ${days(cadence).fr}` };
  // Under their name in the due list, the rhythm without the name.
  const own = typeof contact.cadenceDays === 'number' && contact.cadenceDays > 0;
  const shortRhythm = own ? { en: `your rhythm: every ${days(cadence).en}`, fr: `votre rythme : tous les ${days(cadence).fr}` } : rhythm;
  const topic = reasonToWrite(ctx);
  return [
    makeFinding('keep-warm', {
      key,
      severity: 'low',
      contactId: contact.id,
      dueAt,
      reason: both(
        `Your last exchange with ${name} was ${since.en} ago (${rhythm.en}). ${topic.en}`,
        `Votre dernier échange avec ${name} remonte à ${since.fr} (${rhythm.fr}). ${topic.fr}`,
      ),
      summary: both(`Last exchange ${durationWords(now - last, 'en')} ago (${shortRhythm.en})`, `Dernier échange il y a ${durationWords(now - last, 'fr')} (${shortRhythm.fr})`),
      action: { kind: 'write-to', contactId: contact.id, label: both(`Write to ${name}`, `Écrire à ${name}`) },
      details: { lastInteractionAt: last, cadenceDays: cadence, tier: tierOf(contact) },
    }),
  ];
}

function lastOf(list: readonly Interaction[]): Interaction | undefined {
  let last: Interaction | undefined;
  for (const i of list) if (i && Number.isFinite(i.at) && (!last || i.at >= last.at)) last = i;
  return last;
}

/** A reason to write that is about them, not about you. */
function reasonToWrite(ctx: RuleContext): { en: string; fr: string } {
  const company = typeof ctx.contact.company === 'string' ? ctx.contact.company.trim().slice(0, 60) : '';
  if (company)
    return both(`A reason to write: ask how things are going at ${company}, or share something that made you think of them.`, `Une raison d’écrire : prendre des nouvelles de ${company}, ou partager ce qui vous a fait penser à cette personne.`);
  return both('A reason to write: ask for their news, or share an article on a shared interest.', 'Une raison d’écrire : prendre de ses nouvelles, ou partager un article sur un intérêt commun.');
}
