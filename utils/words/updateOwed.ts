import type { UiLang } from '../i18n';
import { dayWords } from './dayWords';
import { givenName } from './givenName';
import { groupSteps, type Counted, type Result, type StepGroup, type StepLike } from './stepGroups';

/** An update owed to someone who opened a door: to whom, about whom, and what happened since. */
export interface UpdateOwed {
  /** The person to write to (their full name; they are greeted by their given name). */
  recommenderName: string;
  /** The person they led you to. */
  aboutName: string;
  /**
   * For a recommender further up a chain: who introduced you to `aboutName` (the last link before
   * them). Empty or absent for the one who introduced you directly.
   */
  viaName?: string;
  /** The steps not reported yet (any order). */
  steps: readonly StepLike[];
  /** Today: dates of another year say their year. */
  now: number;
}

type Say = (g: StepGroup, day: (at: number) => string) => string;

/** Each kind of step as the user tells it, once or several times. No pronoun that needs a gender. */
const CLAUSES: Record<UiLang, Record<Counted, Say>> = {
  en: {
    wrote: (g, d) => `I wrote on ${d(g.first)}`,
    invited: (g, d) => `I sent an invitation to connect on ${d(g.first)}`,
    reply: (g, d) => `I got a reply on ${d(g.first)}`,
    meeting: (g, d) => (g.count === 1 ? `we met on ${d(g.first)}` : `we have met ${g.count} times since ${d(g.first)}`),
    call: (g, d) => (g.count === 1 ? `we spoke on the phone on ${d(g.first)}` : `we have spoken on the phone ${g.count} times since ${d(g.first)}`),
    interview: (g, d) => (g.count === 1 ? `I had an interview on ${d(g.first)}` : `I have had ${g.count} interviews since ${d(g.first)}`),
    offer: (g, d) => (g.count === 1 ? `I received an offer on ${d(g.first)}` : `I have received ${g.count} offers since ${d(g.first)}`),
    news: () => 'there has been some news',
  },
  fr: {
    wrote: (g, d) => `je lui ai écrit le ${d(g.first)}`,
    invited: (g, d) => `je lui ai envoyé une invitation le ${d(g.first)}`,
    reply: (g, d) => `j’ai reçu sa réponse le ${d(g.first)}`,
    meeting: (g, d) => (g.count === 1 ? `nous avons eu un rendez-vous le ${d(g.first)}` : `nous avons eu ${g.count} rendez-vous depuis le ${d(g.first)}`),
    // « Se parler » : le participe ne s'accorde pas (on parle à quelqu'un).
    call: (g, d) => (g.count === 1 ? `nous nous sommes parlé au téléphone le ${d(g.first)}` : `nous nous sommes parlé ${g.count} fois au téléphone depuis le ${d(g.first)}`),
    interview: (g, d) => (g.count === 1 ? `j’ai passé un entretien le ${d(g.first)}` : `j’ai passé ${g.count} entretiens depuis le ${d(g.first)}`),
    offer: (g, d) => (g.count === 1 ? `j’ai reçu une offre le ${d(g.first)}` : `j’ai reçu ${g.count} offres depuis le ${d(g.first)}`),
    news: () => 'il y a eu du nouveau',
  },
};

const RESULTS: Record<UiLang, Record<Result, (day: string) => string>> = {
  en: {
    hired: (d) => `I got the job on ${d}`,
    rejected: () => 'in the end my application was not successful',
    deal: (d) => `we signed a deal on ${d}`,
    'no-answer': () => 'I have not heard back yet',
  },
  fr: {
    hired: (d) => `j’ai obtenu le poste le ${d}`,
    rejected: () => 'ma candidature n’a finalement pas été retenue',
    deal: (d) => `nous avons conclu un accord le ${d}`,
    'no-answer': () => 'je n’ai pas encore eu de réponse',
  },
};

const LISTS: Record<UiLang, Intl.ListFormat> = {
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
};

/** French puts a no-break space before a colon or a semicolon. */
const COLON: Record<UiLang, string> = { en: ':', fr: '\u00a0:' };

/**
 * The update owed to a recommender, ready to copy, in the user's language: a greeting, what
 * happened with the person they led you to (each kind of step said once, dated), and thanks that
 * fit how it ended. The same words serve the due list's "Write the update" and the pre-send check
 * when the user is writing to that recommender.
 *
 * French: « vous », and nothing that agrees with the user's or the contact's gender (« nous avons
 * eu un rendez-vous », never « nous nous sommes rencontré·e·s »; « la mise en relation », never
 * « m'avoir mis·e en relation »).
 */
export function updateOwedText(owed: UpdateOwed, lang: UiLang): string {
  const day = (at: number) => dayWords(at, lang, owed.now);
  // Each clause says its date: told in the order things happened.
  const grouped = groupSteps(owed.steps, 'time');
  const clauses = grouped ? grouped.groups.map((g) => CLAUSES[lang][g.what](g, day)) : [];
  if (grouped?.result) clauses.push(RESULTS[lang][grouped.result.what](day(grouped.result.at)));
  const about = owed.aboutName.trim();
  const via = owed.viaName?.trim();
  const greeting = lang === 'fr' ? `Bonjour ${givenName(owed.recommenderName)},` : `Hi ${givenName(owed.recommenderName)},`;
  const withWhom =
    lang === 'fr'
      ? `Je voulais vous dire où en est mon échange avec ${about}${via ? `, dont ${via} m’avait donné le contact` : ''}`
      : `I wanted to let you know how things are going with ${about}${via ? `, whom ${via} put me in touch with` : ''}`;
  const news = clauses.length ? `${withWhom}${COLON[lang]} ${LISTS[lang].format(clauses)}.` : `${withWhom}.`;
  return [greeting, news, thanks(lang, grouped?.result?.what, !!via)].join('\n\n');
}

/** Thanks that fit the story: it worked, it did not (yet), or it goes on. */
function thanks(lang: UiLang, result: Result | undefined, chain: boolean): string {
  const good = result === 'hired' || result === 'deal';
  const bad = result === 'rejected' || result === 'no-answer';
  if (lang === 'fr') {
    const merci = chain ? 'Merci encore\u00a0: tout est parti de votre mise en relation' : 'Merci encore pour la mise en relation';
    if (good) return `${merci}, elle a vraiment compté.`;
    if (bad) return `${merci}\u00a0; je poursuis mes démarches et vous tiens au courant.`;
    return `${merci}, je vous tiens au courant de la suite.`;
  }
  const thanksEn = chain ? 'Thank you again: it all started with your introduction' : 'Thank you again for the introduction';
  if (good) return `${thanksEn}; it made a real difference.`;
  if (bad) return `${thanksEn}; I am keeping at it and will keep you posted.`;
  return `${thanksEn}; I will keep you posted.`;
}
