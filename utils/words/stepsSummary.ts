import type { Bilingual } from '../model/finding';
import type { UiLang } from '../i18n';
import { dayWords } from './dayWords';
import { groupSteps, type Counted, type Result, type StepLike } from './stepGroups';

/** Each kind of step as a noun: one of them, and several. */
const NOUNS: Record<UiLang, Record<Counted, [string, (n: number) => string]>> = {
  en: {
    wrote: ['a first message', (n) => `${n} messages`],
    invited: ['an invitation', (n) => `${n} invitations`],
    reply: ['a reply', (n) => `${n} replies`],
    meeting: ['a meeting', (n) => `${n} meetings`],
    call: ['a call', (n) => `${n} calls`],
    interview: ['an interview', (n) => `${n} interviews`],
    offer: ['an offer', (n) => `${n} offers`],
    news: ['some news', () => 'some news'],
  },
  fr: {
    wrote: ['un premier message', (n) => `${n} messages`],
    invited: ['une invitation', (n) => `${n} invitations`],
    reply: ['une réponse', (n) => `${n} réponses`],
    meeting: ['un rendez-vous', (n) => `${n} rendez-vous`],
    call: ['un appel', (n) => `${n} appels`],
    interview: ['un entretien', (n) => `${n} entretiens`],
    offer: ['une offre', (n) => `${n} offres`],
    news: ['du nouveau', () => 'du nouveau'],
  },
};

/** How a story ended, said without the user's gender (French agrees participles with it). */
const RESULTS: Record<UiLang, Record<Result, string>> = {
  en: { hired: 'you got the job', rejected: 'not selected', deal: 'deal signed', 'no-answer': 'no answer yet' },
  fr: { hired: 'poste obtenu', rejected: 'candidature non retenue', deal: 'affaire conclue', 'no-answer': 'pas encore de réponse' },
};

const LISTS: Record<UiLang, Intl.ListFormat> = {
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
};

const on = (lang: UiLang, at: number, now: number) => (lang === 'fr' ? `le ${dayWords(at, lang, now)}` : `on ${dayWords(at, lang, now)}`);
const since = (lang: UiLang, at: number, now: number) => (lang === 'fr' ? `depuis le ${dayWords(at, lang, now)}` : `since ${dayWords(at, lang, now)}`);

/**
 * What happened with someone, counted and dated, as a line of a list: "3 meetings since 12 March",
 * "a first message, a reply and an interview since 3 March — you got the job", "un entretien le 2
 * avril". Each kind is said once, however many times it happened. Empty when there is no step.
 */
export function stepsSummary(steps: readonly StepLike[], lang: UiLang, now: number): string {
  const grouped = groupSteps(steps);
  if (!grouped) return '';
  const { groups, result } = grouped;
  const nouns = groups.map((g) => (g.count === 1 ? NOUNS[lang][g.what][0] : NOUNS[lang][g.what][1](g.count)));
  const single = groups.length === 1 && groups[0].count === 1;
  if (!nouns.length) return result ? `${RESULTS[lang][result.what]} ${on(lang, result.at, now)}` : '';
  const told = `${LISTS[lang].format(nouns)} ${single ? on(lang, groups[0].first, now) : since(lang, grouped.since, now)}`;
  return result ? `${told} — ${RESULTS[lang][result.what]}` : told;
}

/** stepsSummary in both languages (for a finding). */
export function stepsSummaryBoth(steps: readonly StepLike[], now: number): Bilingual {
  return { en: stepsSummary(steps, 'en', now), fr: stepsSummary(steps, 'fr', now) };
}
