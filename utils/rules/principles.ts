import type { Bilingual, RuleId } from '../model/finding';

// The seed articles (../shared/seeds/, French). Each rule quotes the sentence it comes from, so
// "why?" shows the source, translated for English readers.
const S000 = { fr: '« Entreprendre, le réseau et la cooptation »', en: '"Entreprendre, le réseau et la cooptation" (in French)' };
const S001 = { fr: '« Développer son réseau : rappel de quelques règles » (2016)', en: '"Développer son réseau : rappel de quelques règles" (2016, in French)' };
const S002 = { fr: '« Bonnes feuilles : j’entretiens mon réseau » (A. Bosetti, M. Lahore)', en: '"Bonnes feuilles : j’entretiens mon réseau" (A. Bosetti, M. Lahore, in French)' };
const S003 = { fr: '« Encourager l’apport d’affaires en réseau »', en: '"Encourager l’apport d’affaires en réseau" (in French)' };

function quote(fr: string, en: string, ...sources: Bilingual[]): Bilingual {
  return {
    fr: `${fr} — ${sources.map((s) => s.fr).join(' ; ')}`,
    en: `${en} — ${sources.map((s) => s.en).join('; ')}`,
  };
}

export const PRINCIPLES: Record<RuleId, Bilingual> = {
  'recommender-not-informed': quote(
    '« Tenir au courant systématiquement vos interlocuteurs, suite à chacun de vos contacts. » Une personne qui vous a aidé est généralement prête à renouveler ses services.',
    '"Keep the people who helped you informed, systematically, after each of your contacts." Someone who helped you once is usually ready to help again.',
    S001,
  ),
  'ask-beyond-reach': quote(
    '« Évitez une demande, si elle n’est pas à la portée de votre interlocuteur » : demandez un conseil, jamais un poste.',
    '"Avoid a request that is not within the other person’s reach": ask for advice, never for a job.',
    S001,
  ),
  'cold-without-recommendation': quote(
    '« Sans recommandation, vous êtes un inconnu. Avec une recommandation, vous ne l’êtes plus tout à fait. »',
    '"Without a recommendation you are a stranger. With one, you are not quite a stranger any more."',
    S001,
  ),
  'recommender-not-named': quote(
    'La personne a précisé « avant tout, qu’elle appelait de la part de votre collègue » : dites qui vous envoie.',
    'The caller said "first of all, that they were calling on behalf of your colleague": say who sent you.',
    S001,
  ),
  'no-interest-shown': quote(
    '« Intéressez-vous sans retenue à vos interlocuteurs ! […] Faites parler vos interlocuteurs d’eux-mêmes à chaque occasion. »',
    '"Take a genuine interest in the people you talk to. […] Get them talking about themselves at every opportunity."',
    S001,
  ),
  'ask-without-give': quote(
    '« On reçoit lorsqu’on donne soi-même. » Les réseaux recherchent des membres « généreux », qui échangent et partagent.',
    '"You receive when you give." Networks look for "generous" members who exchange and share.',
    S001,
    S003,
  ),
  'promise-due': quote(
    'Tenir à chaud vos contacts : elle « vous a promis de vous envoyer le lien. Ce qu’elle fait ».',
    'Keep your contacts warm: she "promised to send you the link — and she did".',
    S001,
  ),
  'next-occasion-missing': quote(
    '« Il faut réfléchir systématiquement à l’étape suivante », à l’occasion de reprendre contact.',
    '"Always think about the next step": the next occasion to get back in touch.',
    S001,
  ),
  'keep-warm': quote(
    '« Il est plus simple de fidéliser que de conquérir. » La régularité des échanges compte « bien plus que leur fréquence ».',
    '"It is easier to keep than to win over." Regular exchanges count "far more than frequent ones".',
    S002,
  ),
  'living-spam': quote(
    '« Inonder votre entourage de mails […] Le comble serait d’être perçu à force comme un spam vivant ! »',
    '"Flooding the people around you with emails […] The worst would be to end up seen as a living spam!"',
    S002,
  ),
  'recommend-only-known': quote(
    '« Recommander, c’est s’engager. » « Je recommande exclusivement des personnes que j’ai réellement côtoyées » : votre réputation est en jeu.',
    '"To recommend is to commit yourself." "I only recommend people I have really worked with": your reputation is at stake.',
    S000,
    S003,
  ),
};
