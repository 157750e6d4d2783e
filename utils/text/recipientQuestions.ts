import type { PreparedText } from './prepare';

// A question about the recipient: their work, their path, their opinion ("what drew you to…",
// "comment es-tu arrivé à ce poste ?"). Small talk ("how are you?") and requests for time
// ("could you spare 15 minutes?") are not interest in the person, so they do not count.
const ADDRESSEE = /\b(?:you|your|yours|vous|votre|vos|tu|ton|ta|tes|toi)\b|\bt'|-(?:vous|tu)\b/;
const WH = /\b(?:what|what's|how|why|which|when|where|who|quel|quelle|quels|quelles|comment|pourquoi|qu'est-ce|que|quoi|combien)\b|\b(?:do|did|have|are|were|is) you\b|\b(?:avez|as|etes|es|pensez|penses|trouvez|trouves)-(?:vous|tu)\b/;
const TOPIC = /\b(?:work|working|role|team|job|company|career|path|journey|experience|day|project|field|industry|think|opinion|view|take|rewarding|hardest|challeng\w*|learn\w*|drew|got into|start(?:ed)?|build(?:ing)?|focus\w*|travail\w*|metier|poste|equipe|entreprise|parcours|experience|projet|secteur|domaine|pensez|penses|avis|defis?|freins|enjeux|quotidien|arrivee?|commence|choisi|passionne)\b/;
/** An open question (what/how/why…) rather than a yes/no one. */
const OPEN_WH = /\b(?:what|what's|how|why|which|quel|quelle|quels|quelles|comment|pourquoi|qu'est-ce)\b/;
const SMALL_TALK = /\bhow (?:are|have|were) you\b|\bhow(?:'s| is| was) (?:it going|things|life|everything|your (?:day|week|weekend|summer|holiday))|\bhow's the\b.*\bgoing\b|\bcomment (?:vas|allez|ca va|se passe)|\b(?:tu vas|vous allez) bien\b|\bquoi de neuf\b/;
const TIME_REQUEST = /\b(?:time|minutes?|min|call|chat|coffee|available|free|open to|moment|disponibles?|cafe|appel|temps|rencontrer|echanger|discuter)\b/;

export function isQuestionAboutRecipient(sentence: string, isQuestion: boolean): boolean {
  if (!isQuestion) return false;
  if (!WH.test(sentence)) return false;
  if (SMALL_TALK.test(sentence) || TIME_REQUEST.test(sentence)) return false;
  // Addressed to them ("since you moved…") or about their work ("what's it like working on…").
  const aboutWork = TOPIC.test(sentence);
  return (ADDRESSEE.test(sentence) && (aboutWork || OPEN_WH.test(sentence))) || (aboutWork && /\b(?:working|travailler) (?:on|at|sur|chez)\b/.test(sentence));
}

/** Indices of the sentences of `p` that ask the recipient about themselves. */
export function recipientQuestionSentences(p: PreparedText): number[] {
  const out: number[] = [];
  p.sentences.forEach((s, i) => {
    if (s.question && isQuestionAboutRecipient(p.folded.slice(s.start, s.end), true)) out.push(i);
  });
  return out;
}
