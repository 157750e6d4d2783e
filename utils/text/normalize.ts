// Text normalisation for matching (folding with a map back to the original) and language guess.
export { foldText, foldPlain, originalSpan, type FoldedText } from './fold';
export { detectLang, detectLangFolded } from './detectLang';
