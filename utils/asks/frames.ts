import type { PreparedText } from '../text/prepare';

// Whether a sentence asks something, is a question, or addresses the recipient. Cues such as
// "your advice" count as an ask only in such a sentence: "thanks for your advice" is not one.

const REQUEST =
  /\b(?:would|could|can|will|may|might|wouldn't|couldn't) (?:you|i|we)\b|\bi(?:'d| would)(?: really| truly| so| very much| also)? (?:love|like|appreciate|be (?:grateful|thankful|honou?red|happy|glad|delighted|keen))\b|\bi(?:'m| am) (?:hoping|wondering|writing to ask|reaching out to (?:ask|see))\b|\bi'd (?:just |really |also |so )?(?:love|like|appreciate|value)\b|\bje (?:ne )?(?:vous |te )?demande\b|\b(?:i'm|i am|i'm not|i am not|not) asking\b|\bwondered if\b|\bwould (?:really |truly |so |very much |also |greatly )?(?:love|like|appreciate|value)\b|\bwould be (?:so |very |truly |really )?(?:honou?red|grateful|thankful|happy|delighted)\b|\bif you(?:'d| would)\b|\bcurious to (?:hear|know) (?:your|what you|how you)\b|\bwanted to ask\b|\bje (?:vous|te) propose\b|\b(?:love|like) to\b|\b(?:please|kindly)\b|\bif you(?:'re| are)? (?:have|could|can|know|open|willing|comfortable|ever|hear|think|happen|don't mind|get a chance)\b|\bopen to\b|\bwilling to\b|\blooking forward to (?:hearing|your)\b|\bj'(?:aimerais|aimerai|adorerais|apprecierais)\b|\bje (?:voudrais|souhaiterais|souhaite|me permets|vous sollicite|me demandais|serais (?:ravie?|heureux|heureuse|reconnaissante?|tres|vraiment|honore))\b|\b(?:pourriez|pourrais|auriez|aurais|seriez|serais|accepteriez|accepterais|voudriez|sauriez|pouvez|peux|avez|as|etes|es|connaissez|connais)[- ](?:vous|tu)\b|\best-ce que\b|\bsi (?:vous|tu) (?:avez|as|pouvez|peux|connaissez|connais|etes|es|entendez|entends|acceptez|le souhaitez)\b|\bmerci de (?:me|m')\b|\bn'hesite[zr]? pas\b|\bfaites-moi signe\b|\bafin que (?:vous|tu) puiss|\bpour me donner\b|\bpartante?(?:\(e\))? pour\b|\binteressee?(?:\(e\))? ?\?/;
const INVERTED_QUESTION = /^\W*(?:(?:hi|hey|hello|bonjour|salut)\b[^,]*, )?(?:would|could|can|will|do|does|did|are|is|have|has|may|might|shall|any chance|est-ce que)\b|^\W*\S+-(?:vous|tu|je|t-il|t-elle)\b/;
const ADDRESSEE = /\b(?:you|your|yours|vous|votre|vos|tu|ton|ta|tes|toi)\b|\bt'|-(?:vous|tu)\b/;

export type Frame = 'ask' | 'question' | 'you';

/** Lazily computed frames of each sentence of one prepared text. */
export class SentenceFrames {
  private readonly cache: Int8Array;
  constructor(private readonly p: PreparedText) {
    this.cache = new Int8Array(p.sentences.length * 3).fill(-1);
  }

  text(i: number): string {
    const s = this.p.sentences[i]!;
    return this.p.folded.slice(s.start, s.end);
  }

  isQuestion(i: number): boolean {
    return this.memo(i, 0, () => this.p.sentences[i]!.question || INVERTED_QUESTION.test(this.text(i)));
  }

  isAsk(i: number): boolean {
    return this.memo(i, 1, () => this.isQuestion(i) || REQUEST.test(this.text(i)));
  }

  addressesRecipient(i: number): boolean {
    return this.memo(i, 2, () => ADDRESSEE.test(this.text(i)));
  }

  has(i: number, frame: Frame): boolean {
    if (i < 0) return false;
    if (frame === 'question') return this.isQuestion(i);
    if (frame === 'ask') return this.isAsk(i);
    return this.addressesRecipient(i);
  }

  private memo(i: number, slot: number, compute: () => boolean): boolean {
    const k = i * 3 + slot;
    const v = this.cache[k];
    if (v !== -1) return v === 1;
    const r = compute();
    this.cache[k] = r ? 1 : 0;
    return r;
  }
}
