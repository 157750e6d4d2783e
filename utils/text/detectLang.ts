import type { Lang } from '../model/draft';
import { foldText } from './fold';

// Cheap language guess from function words, which every message has and which the two languages
// do not share. Words both languages use ("a", "on", "me", "en", "message") are left out.
const FR = new Set(
  'le la les des du de est et je vous nous une un pour que qui dans avec sur pas ne au aux ce cette ces mon ma mes votre vos ton ta tes tu toi moi mais ou tres bien merci bonjour salut suis avez etes sont ai avoir etre faire quelques aussi depuis chez entre j c qu l n serait pourriez auriez seriez cordialement'.split(' '),
);
const EN = new Set(
  "the and is are you your to of for with in i my we this that have would could not be it at from will can am an our hi thanks hello best was were been there their they what how if just ll ve re don about any some or so do does did".split(
    ' ',
  ),
);
/** Function words of Spanish, German, Italian and Portuguese that French and English do not use. */
const OTHER = new Set(
  'el los las del por para con pero muy esta este estoy gracias hola usted puedes podrias quiero tambien und ich nicht ist der die das ein eine mit fur auf sie mich dich sehr bitte danke hallo oder wir ihr gli della sono grazie ciao questo questa voce obrigado muito nao'.split(
    ' ',
  ),
);
const WORD = /[a-z]+/g;
/** Enough evidence for a message; the first few thousand characters decide. */
const SAMPLE = 800;

export function detectLangFolded(folded: string): Lang {
  const sample = folded.length > SAMPLE ? folded.slice(0, SAMPLE) : folded;
  let fr = 0;
  let en = 0;
  let other = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const w = m[0];
    if (FR.has(w)) fr++;
    else if (EN.has(w)) en++;
    else if (OTHER.has(w)) other++;
  }
  if ((fr === 0 && en === 0) || (other >= fr && other >= en)) return 'unknown';
  if (fr > en * 1.2) return 'fr';
  if (en > fr * 1.2) return 'en';
  return 'unknown';
}

/**
 * Whether a folded text is in neither French nor English (another language, emoji, a paste of
 * noise): its French and English function words are fewer than another language's, or than one word
 * in ten. A text of a language the classifier was not made for should not be read as one it was.
 */
export function isForeignFolded(folded: string): boolean {
  const sample = folded.length > SAMPLE ? folded.slice(0, SAMPLE) : folded;
  let known = 0;
  let other = 0;
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    words++;
    if (FR.has(m[0]) || EN.has(m[0])) known++;
    else if (OTHER.has(m[0])) other++;
  }
  // No Latin word at all: another script (CJK, Cyrillic…), emoji, digits.
  return words === 0 || known < other || known * 10 < words;
}

/** 'fr' or 'en' when function words clearly say so, else 'unknown' (other languages, emoji, noise). */
export function detectLang(text: string): Lang {
  if (typeof text !== 'string' || text.length === 0) return 'unknown';
  return detectLangFolded(foldText(text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text).folded);
}
