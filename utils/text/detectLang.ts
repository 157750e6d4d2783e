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
const WORD = /[a-z]+/g;
/** Enough evidence for a message; the first few thousand characters decide. */
const SAMPLE = 800;

export function detectLangFolded(folded: string): Lang {
  const sample = folded.length > SAMPLE ? folded.slice(0, SAMPLE) : folded;
  let fr = 0;
  let en = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const w = m[0];
    if (FR.has(w)) fr++;
    else if (EN.has(w)) en++;
  }
  if (fr === 0 && en === 0) return 'unknown';
  if (fr > en * 1.2) return 'fr';
  if (en > fr * 1.2) return 'en';
  return 'unknown';
}

/** 'fr' or 'en' when function words clearly say so, else 'unknown' (other languages, emoji, noise). */
export function detectLang(text: string): Lang {
  if (typeof text !== 'string' || text.length === 0) return 'unknown';
  return detectLangFolded(foldText(text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text).folded);
}
