import type { Bilingual } from '../model/finding';
import type { AskType, Degree, ReachVerdict } from '../model/types';

/** Short bilingual fragments, joined by "; " in the UI: "no hiring signal; 2nd-degree; …". */
export const R = {
  override: (v: ReachVerdict): Bilingual => ({
    en: `your own setting: ${v === 'within' ? 'within their reach' : v === 'beyond' ? 'beyond their reach' : 'not sure'}`,
    fr: `votre propre réglage : ${v === 'within' ? 'à sa portée' : v === 'beyond' ? 'hors de sa portée' : 'incertain'}`,
  }),
  nothingAsked: { en: 'nothing is asked', fr: 'aucune demande' },
  newsAlwaysWelcome: { en: 'news is always within reach', fr: 'donner des nouvelles est toujours à sa portée' },
  adviceWithinReach: {
    en: 'advice is within anyone’s reach: everyone can share their experience',
    fr: 'un conseil est à la portée de chacun : tout le monde peut partager son expérience',
  },
  theyAreHiring: { en: 'they are hiring', fr: 'recrute en ce moment' },
  hiringRole: (title: string): Bilingual => ({ en: `hiring role (${title})`, fr: `rôle de recrutement (${title})` }),
  decisionRole: (title: string): Bilingual => ({ en: `decision role (${title})`, fr: `rôle de décision (${title})` }),
  noHiringSignal: { en: 'no hiring signal', fr: 'aucun signal de recrutement' },
  noDecisionRole: { en: 'no decision role', fr: 'aucun rôle de décision' },
  titleWithoutPower: (title: string): Bilingual => ({ en: `title: ${title}`, fr: `titre : ${title}` }),
  noTitleKnown: { en: 'their role is unknown', fr: 'son rôle est inconnu' },
  lookingThemselves: { en: 'they are looking for work themselves', fr: 'cherche lui-même ou elle-même un emploi' },
  degree: (d: Degree): Bilingual =>
    d === 1
      ? { en: '1st-degree', fr: 'relation directe (1er niveau)' }
      : d === 2
        ? { en: '2nd-degree', fr: 'relation de 2e niveau' }
        : { en: '3rd-degree', fr: 'relation de 3e niveau' },
  mutuals: (n: number): Bilingual =>
    n === 0
      ? { en: 'no mutual connections', fr: 'aucune relation en commun' }
      : { en: `${n} mutual connection${n > 1 ? 's' : ''}`, fr: `${n} relation${n > 1 ? 's' : ''} en commun` },
  workedTogether: { en: 'you worked together', fr: 'vous avez travaillé ensemble' },
  neverWorkedTogether: { en: 'you never worked together', fr: 'vous n’avez jamais travaillé ensemble' },
  youMet: { en: 'you have met', fr: 'vous vous êtes rencontrés' },
  theyReplied: { en: 'they have replied to you', fr: 'vous a déjà répondu' },
  neverExchanged: { en: 'you have never exchanged', fr: 'vous n’avez jamais échangé' },
  canVouch: { en: 'they can vouch for your work', fr: 'peut se porter garant de votre travail' },
  cannotVouch: { en: 'they cannot vouch for work they have not seen', fr: 'ne peut pas se porter garant d’un travail qu’il n’a pas vu' },
  hiresButNeverSawYourWork: {
    en: 'they hire, but have not met you',
    fr: 'recrute, mais ne vous a jamais rencontré',
  },
  connectionsUnknown: {
    en: 'whether they know the person you want to meet is unknown',
    fr: 'on ne sait pas s’il ou elle connaît la personne que vous voulez rencontrer',
  },
  doesNotKnowYou: { en: 'they do not know you yet', fr: 'ne vous connaît pas encore' },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;

/** What the ask is, in words, for sentences such as "Sophie probably cannot grant a job". */
export const ASK_NOUN: Record<AskType, Bilingual> = {
  job: { en: 'a job', fr: 'un poste' },
  referral: { en: 'a referral', fr: 'une cooptation' },
  advice: { en: 'advice', fr: 'un conseil' },
  intro: { en: 'an introduction', fr: 'une mise en relation' },
  business: { en: 'business', fr: 'une affaire' },
  endorsement: { en: 'an endorsement', fr: 'une recommandation' },
  update: { en: 'news', fr: 'des nouvelles' },
  none: { en: 'nothing', fr: 'rien' },
};
