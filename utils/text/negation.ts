// Negation of a cue within its clause: "je ne vous demande pas un poste", "I'm not looking for a
// job", "not asking for a referral". A clause ends at punctuation or at "but / just / mais / juste",
// so "not a job, just your advice" still asks for advice.

const LOOKBACK = 60;
const CLAUSE_BREAK = /[,;:()"]|\s-\s|\b(?:but|just|only|rather|instead|though|however|mais|juste|seulement|simplement|plutot|sinon|cependant|pourtant|plutot)\b/g;
/** Phrases with a negative word that do not negate what follows. */
const BENIGN =
  /\b(?:not sure|not certain|no pressure|no worries|no rush|no problem|not only|not just|whether or not|if not|don't hesitate|do not hesitate|(?:would|could|do|did|wo|ca)n't you|n'hesite[zr]? pas|ne pas hesiter|pas de (?:souci|soucis|probleme|pression|stress|panique)|pas (?:encore|mal|forcement)|ne sais pas (?:si|trop)|je ne sais pas|sans doute|sans hesiter|sans engagement|si jamais|no matter)\b|\bn'\S+-(?:vous|tu) pas\b|\bne \S+-(?:vous|tu) pas\b/g;
const NEG_EN = /\b(?:not|never|no|nor|without|neither)\b|n't\b/;
const NEG_FR_ALONE = /\b(?:pas|jamais|aucune?|nullement|sans)\b/;
const NE = /\bn(?:e\b|')/;
const NEG_FR_PAIR = /\b(?:plus|rien|personne|guere|point)\b/;
const AFTER = /^[^,;.!?]{0,40}?\b(?:is not|isn't|is no|n'est pas|n'est plus|ce n'est pas) (?:what|ce que|la question|mon but|l'objet)/;

function clauseTail(text: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) cut = m.index + m[0].length;
  return text.slice(cut);
}

/** Whether the cue at folded [start, end) is negated in its sentence starting at `sentenceStart`. */
export function isNegated(folded: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): boolean {
  const before = clauseTail(folded.slice(Math.max(sentenceStart, start - LOOKBACK), start));
  const scope = (before + folded.slice(start, end)).replace(BENIGN, ' ');
  if (NEG_EN.test(scope) || NEG_FR_ALONE.test(scope)) return true;
  if (NE.test(scope) && NEG_FR_PAIR.test(scope)) return true;
  return AFTER.test(folded.slice(end, Math.min(sentenceEnd, end + 80)));
}
