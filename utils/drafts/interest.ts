import type { InterestSignals, Lang } from '../model/draft';
import { prepareText, type PreparedText } from '../text/prepare';
import { recipientQuestionSentences } from '../text/recipientQuestions';

// "Show real interest, make them talk" (seed 001): how much a draft talks about its sender versus
// its recipient, and whether it asks them anything about themselves.

const SELF = /\b(?:i|me|my|mine|myself|je|moi|mon|ma|mes|moi-meme)\b|\b[jm]'/g;
const RECIPIENT = /\b(?:you|your|yours|yourself|vous|votre|vos|tu|toi|ton|ta|tes|te)\b|\bt'/g;
/** Template slots ("[Your Name]", "{{first_name}}", "%jobName") are not words of the message. */
const PLACEHOLDER = /\[[^\]\n]{0,80}\]|\{\{?[^}\n]{0,80}\}?\}|%[a-z]\w*/g;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function interestSignalsPrepared(p: PreparedText): InterestSignals {
  const text = p.folded.replace(PLACEHOLDER, ' ');
  return {
    selfRefs: count(SELF, text),
    recipientRefs: count(RECIPIENT, text),
    questionsToRecipient: recipientQuestionSentences(p).length,
  };
}

export function interestSignals(text: string, lang?: Lang): InterestSignals {
  try {
    return interestSignalsPrepared(prepareText(text, lang));
  } catch {
    return { selfRefs: 0, recipientRefs: 0, questionsToRecipient: 0 };
  }
}
