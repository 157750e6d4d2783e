import type { Lang, PromiseMention } from '../model/draft';
import { classifyAsks } from '../asks';
import { originalSpan } from '../text/fold';
import { isNegated } from '../text/negation';
import { prepareText, type PreparedText } from '../text/prepare';
import { sentenceIndexAt } from '../text/sentences';
import { hasLink } from './links';

// "Keep contacts warm: send the link you promised" (seed 001). A promise is the sender committing
// to a next step ("je vous envoie le lien", "I'll let you know how it goes"); an offer ("I can send
// it if you like") or a past action ("I sent you") is not one.

const EN = String.raw`\b(?:i(?:'ll| will| shall|'m going to| am going to| am gonna|'m gonna)|let me)\b (?:\S+ ){0,2}?(?:send|forward|share|email|e-mail|pass (?:it )?along|shoot|drop you|get back to you|follow up|circle back|keep you (?:posted|updated|in the loop|informed)|let you know|update you|call|ring|phone|reach out|touch base|introduce you|make the intro(?:duction)?|connect you|put you in touch|send over|set up|schedule|book)\b|(?:^|[.!?\n] ?)will (?:circle back|follow up|get back to you|keep you posted|send|share)\b|\b(?:more|details|link|deck|slides) to follow\b`;
const FR = String.raw`\bje (?:vous |te |t')(?:envoie|enverrai|envoies|transmets|transmettrai|fais suivre|ferai suivre|fais parvenir|ferai parvenir|partage|partagerai|tiens au courant|tiendrai au courant|tiens informee?|tiendrai informee?|rappelle|rappellerai|recontacte|recontacterai|ferai (?:un )?(?:retour|signe)|fais (?:un )?(?:retour|signe)|dirai|redis|redirai|presente|presenterai|mets en (?:relation|contact)|mettrai en (?:relation|contact)|propose|proposerai|donne des nouvelles|donnerai des nouvelles|appelle|appellerai)\b|\bje (?:reviens|reviendrai) vers (?:vous|toi)\b|\bje vais (?:vous |te |t')?(?:envoyer|transmettre|faire suivre|faire parvenir|partager|tenir au courant|tenir informee?|rappeler|recontacter|faire (?:un )?(?:retour|signe)|presenter|mettre en (?:relation|contact)|appeler|revenir vers (?:vous|toi)|donner des nouvelles)\b|\bje ne manquerai pas de (?:vous|te) (?:tenir|envoyer|faire|transmettre|recontacter)\b|\bon (?:s'appelle|se rappelle|se tient au courant|en reparle|se cale un)\b`;
const PROMISE = { en: new RegExp(EN, 'g'), fr: new RegExp(FR, 'g') } as const;

const WHAT: ReadonlyArray<[PromiseMention['what'], RegExp]> = [
  ['link', /\b(?:link|url|article|post|blog|video|podcast|replay|website|lien|billet|site)\b/],
  ['document', /\b(?:cv|resume|deck|doc|docs|document|documents|pdf|presentation|slides|file|files|fichier|brochure|proposal|proposition|devis|quote|portfolio|report|rapport|dossier|plaquette|one-pager|blurb|notes|template|modele)\b/],
  ['call', /\b(?:call|ring|phone|appel|appelle|appellerai|rappelle|rappellerai|rappeler|appeler|s'appelle|visio|zoom|meeting|invite|invitation|creneau|slot|calendly|rdv|rendez-vous)\b/],
  ['update', /\b(?:au courant|informee?|nouvelles|retour|let you know|keep you|update you|posted|updated|in the loop|how it goes|how it went|follow up|circle back|get back|reviens vers|reviendrai vers|revenir vers|en reparle)\b/],
];

function promiseKind(sentence: string): PromiseMention['what'] {
  for (const [what, re] of WHAT) if (re.test(sentence)) return what;
  return 'other';
}

export function findPromisesPrepared(p: PreparedText): PromiseMention[] {
  const out: PromiseMention[] = [];
  const seen = new Set<number>();
  const langs = p.lang === 'fr' || p.lang === 'en' ? [p.lang] : (['fr', 'en'] as const);
  for (const lang of langs) {
    const re = PROMISE[lang];
    re.lastIndex = 0;
    for (let m = re.exec(p.folded); m; m = re.exec(p.folded)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const si = sentenceIndexAt(p.sentences, start);
      const s = p.sentences[si];
      if (!s || seen.has(si)) continue;
      if (isNegated(p.folded, s.start, s.end, start, m.index + m[0].length)) continue;
      seen.add(si);
      const sentence = p.folded.slice(s.start, s.end);
      out.push({ text: originalSpan(p, s.start, s.end).text.trim(), what: promiseKind(sentence) });
      if (out.length >= 20) return out;
    }
  }
  return out;
}

/** Promises made in a message, each with its sentence as written and what was promised. */
export function findPromises(text: string, lang?: Lang): PromiseMention[] {
  try {
    return findPromisesPrepared(prepareText(text, lang));
  } catch {
    return [];
  }
}

const ATTACHMENT = /\b(?:attached|attachment|enclosed|here(?:'s| is| are) (?:the|my|a|an)|ci-joint|ci-jointe?s?|en piece jointe|pj|voici (?:le|la|les|mon|ma|mes|un|une)|vous trouverez)\b/;
const NEWS = /\b(?:update|news|how it went|it went|went well|got the|landed|signed|accepted|rejected|offer|nouvelles|s'est (?:bien |tres bien |mal )?passe|j'ai (?:eu|obtenu|decroche|signe|ete)|resultat|outcome|finally|point d'etape|suite a notre)\b/;
const CALL = /\b(?:call|appel|visio|zoom|teams|meet|calendly|creneau|creneaux|slot|slots|available|disponible|dispo|rdv|rendez-vous|\d{1,2} ?h(?:\d\d)?|\d{1,2}(?::\d\d)? ?(?:am|pm))\b/;

/**
 * Whether a later message to the same person keeps the promise: a link or attachment delivers a
 * link or document; news (an update message) delivers an update; a proposed time or a call link
 * delivers a call. Anything else is kept by a link, an attachment or news.
 */
export function deliversPromise(promise: PromiseMention, laterText: string): boolean {
  if (!promise || typeof laterText !== 'string' || laterText.trim().length === 0) return false;
  const later = prepareText(laterText);
  const link = hasLink(later.original);
  const attached = ATTACHMENT.test(later.folded);
  const news = () => NEWS.test(later.folded) || classifyAsks(later.original, later.lang).asks.includes('update');
  switch (promise.what) {
    case 'link':
    case 'document':
      return link || attached;
    case 'update':
      return news();
    case 'call':
      return CALL.test(later.folded) || link;
    default:
      return link || attached || news();
  }
}
