import { ASK_TYPES, type AskType } from '../model/types';
import type { AskCue } from '../model/draft';
import { originalSpan } from '../text/fold';
import type { PreparedText } from '../text/prepare';
import { recipientQuestionSentences } from '../text/recipientQuestions';
import type { CompiledCue, ContextFlag } from './cueTypes';
import type { CueHit } from './matchCues';

// "Recommandation" / "recommendation": an internal referral when the sentence (or failing that the
// message) is about a role or a company, a written endorsement when it is about a profile or one's
// work (corpus README, ambiguity 4).
const ENDORSE_WORDS = /\b(?:linkedin|profil|profile|temoignage|testimonial|ecrire|rediger|write|writing|written|de mon travail|my work|reference|competences|skills)\b/;
const REFER_WORDS = /\b(?:poste|postes|role|roles|position|offre|opening|openings|entreprise|company|equipe|team|interne|internal|candidature|application|recrut\w*|recruit\w*|hiring|chez|job|jobs|stage|internship|entretien|interview|embauche)\b/;

export interface ResolvedAsks {
  asks: AskType[];
  cues: AskCue[];
}

interface Pending {
  label: AskType;
  hit: CueHit;
}

const THIRD_PARTY = /^[^,;.!?]{0,50}?\b(?:with|to) (?:them|him|her|those|these|that person|some of them|someone|somebody|people from)\b|^[^,;.!?]{0,50}?\bavec (?:eux|elles?|lui|cette personne|ces personnes|quelqu'un)\b/;

/** "grab lunch with them", « déjeuner avec eux »: time with someone else, not with the recipient. */
function withSomeoneElse(p: PreparedText, hit: CueHit): boolean {
  const s = p.sentences[hit.sentence];
  return THIRD_PARTY.test(p.folded.slice(hit.end, s ? s.end : hit.end));
}

function recommendationSense(p: PreparedText, hit: CueHit): AskType {
  const s = p.sentences[hit.sentence];
  const sentence = s ? p.folded.slice(s.start, s.end) : '';
  if (ENDORSE_WORDS.test(sentence)) return 'endorsement';
  if (REFER_WORDS.test(sentence)) return 'referral';
  return REFER_WORDS.test(p.folded) ? 'referral' : 'endorsement';
}

/**
 * Turns cue hits into labels. Explicit asks stand on their own; a request for time takes the
 * purpose of the message; weak signals (interest in a role, a question about their work) count
 * only when nothing is asked explicitly.
 */
export function resolveAsks(p: PreparedText, hits: readonly CueHit[]): ResolvedAsks {
  const context = new Set<ContextFlag>();
  const strong: Pending[] = [];
  const meetings: CueHit[] = [];
  const times: CueHit[] = [];
  const pitches: CueHit[] = [];
  const weak: Pending[] = [];
  const sellerHits: CueHit[] = [];
  let explicitAdvice = false;

  // Contexts first (a seller, a candidate for a role), since some cues only count within one.
  for (const hit of hits) if (hit.cue.context && !hit.cue.needs) context.add(hit.cue.context);
  for (const hit of hits) {
    const { cue } = hit;
    if (cue.needs && !context.has(cue.needs)) continue;
    switch (cue.kind) {
      case 'ask':
        strong.push({ label: cue.ask!, hit });
        if (cue.also) strong.push({ label: cue.also, hit });
        if (cue.ask === 'advice' && cue.explicit) explicitAdvice = true;
        break;
      case 'recommendation':
        strong.push({ label: recommendationSense(p, hit), hit });
        break;
      case 'meeting':
        if (!withSomeoneElse(p, hit)) meetings.push(hit);
        break;
      case 'time':
        times.push(hit);
        break;
      case 'pitch':
        pitches.push(hit);
        break;
      case 'weak':
        weak.push({ label: cue.ask!, hit });
        break;
      case 'context':
        if (cue.context === 'seller') sellerHits.push(hit);
        break;
    }
  }

  const out: Pending[] = [...strong];
  const has = (label: AskType) => out.some((x) => x.label === label);
  const seller = context.has('seller');

  for (const hit of pitches) out.push({ label: seller ? 'business' : 'update', hit });

  // Time alone ("if you have a few minutes") is time for the other ask when there is one.
  if (!out.some((x) => x.label !== 'update' && x.label !== 'advice')) meetings.push(...times);

  if (meetings.length > 0) {
    let label: AskType | null;
    if (seller) label = 'business';
    else if (has('job') && !explicitAdvice) label = 'job';
    else if (explicitAdvice || has('advice')) label = 'advice';
    else if (context.has('catch-up') && !out.some((x) => x.label !== 'update')) label = null;
    else if (context.has('job-target') && !has('referral') && !has('intro')) label = 'job';
    else label = 'advice';
    if (label) for (const hit of meetings) out.push({ label, hit });
  }

  // Asking to be introduced to prospects is prospecting (corpus: intro+business).
  if (seller && (has('intro') || has('endorsement')) && !has('business')) for (const hit of sellerHits) out.push({ label: 'business', hit });

  // A reply declining an invitation thanks the sender without asking anything (README: none).
  if (context.has('decline') && out.every((x) => x.label === 'update')) out.length = 0;

  if (out.length === 0) {
    for (const w of weak) out.push(w);
    if (out.length === 0) {
      // A seller's questions about your projects are discovery, not a request for advice (README §6).
      const label: AskType = seller ? 'business' : 'advice';
      for (const hit of recipientQuestionsFrom(p)) out.push({ label, hit });
    }
  }

  const labels = new Set(out.map((x) => x.label));
  const asks = ASK_TYPES.filter((t) => labels.has(t));
  const cues: AskCue[] = out
    .sort((a, b) => a.hit.start - b.hit.start)
    .map(({ label, hit }) => {
      const span = originalSpan(p, hit.start, hit.end);
      return { ask: label, cue: span.text, index: span.index };
    });
  return asks.length > 0 ? { asks, cues } : { asks: ['none'], cues: [] };
}

/** A question about the recipient's work or opinion is a (weak) request for advice. */
const QUESTION_CUE: CompiledCue = { id: 'question-about-recipient', kind: 'weak', ask: 'advice', re: '', regex: /$^/, gate: null, notAfterRe: null };

function recipientQuestionsFrom(p: PreparedText): CueHit[] {
  return recipientQuestionSentences(p).map((i) => {
    const s = p.sentences[i]!;
    return { cue: QUESTION_CUE, start: s.start, end: s.end, sentence: i };
  });
}
