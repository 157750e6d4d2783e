import type { Lang } from '../model/draft';
import { detectLangFolded } from './detectLang';
import { foldText, type FoldedText } from './fold';
import { splitSentences, type Sentence } from './sentences';

/**
 * LinkedIn caps messages at 8,000 characters (InMail and invitation notes far below), so nothing
 * past this many characters is a message: a pasted page is analysed by its beginning only, which
 * keeps a 100 KB paste as fast as a long message.
 */
export const MAX_ANALYZED_CHARS = 20_000;

/** A text folded, split and language-tagged once, shared by the classifier and the draft checks. */
export interface PreparedText extends FoldedText {
  sentences: Sentence[];
  lang: Lang;
}

export function prepareText(text: unknown, lang?: Lang): PreparedText {
  let raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_ANALYZED_CHARS) raw = raw.slice(0, MAX_ANALYZED_CHARS);
  const folded = foldText(raw);
  const sentences = splitSentences(folded.folded);
  const detected = lang === 'fr' || lang === 'en' ? lang : detectLangFolded(folded.folded);
  return { ...folded, sentences, lang: detected };
}
