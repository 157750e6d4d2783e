import type { AskCue, Lang } from '../model/draft';
import type { AskType } from '../model/types';
import type { PreparedText } from '../text/prepare';
import { compileCues, type CompiledCue } from './cueTypes';
import { EN_CUES } from './cues.en';
import { FR_CUES } from './cues.fr';
import { findCueHits, type CueHit } from './matchCues';
import { resolveAsks } from './resolveAsks';

// Compiled once per module load: the classifier runs on every keystroke of the side panel.
const CUES: Record<'fr' | 'en', CompiledCue[]> = { fr: compileCues('fr', FR_CUES), en: compileCues('en', EN_CUES) };
const BOTH = [...CUES.fr, ...CUES.en];

function cuesFor(lang: Lang): CompiledCue[] {
  return lang === 'fr' || lang === 'en' ? CUES[lang] : BOTH;
}

/** What the hand-written cues read in a message: the asks they see, their words, and what is denied. */
export interface CueVerdict {
  /** In ASK_TYPES order; ['none'] when the cues see no ask. */
  asks: AskType[];
  cues: AskCue[];
  /** Asks the message says it is not making ("je ne vous demande pas de poste") and makes nowhere else. */
  denied: AskType[];
  /** What each cue that held stood for, before the asks were resolved ("ask:referral", "meeting", "seller"). */
  signals: string[];
}

/** The name of what a cue hit says, as the learned model sees it. */
function signalOf(hit: CueHit): string {
  const { cue } = hit;
  if (cue.kind === 'context') return `ctx:${cue.context}`;
  if (cue.kind === 'ask' || cue.kind === 'weak') return `${cue.kind}:${cue.ask}`;
  return cue.kind;
}

/** The asks a negated cue stood for; requests for time are left out (what they were for is unsaid). */
function deniedBy(hit: CueHit): AskType[] {
  const { cue } = hit;
  if (cue.kind === 'recommendation') return ['referral', 'endorsement'];
  if ((cue.kind === 'ask' || cue.kind === 'weak') && cue.ask) return cue.also ? [cue.ask, cue.also] : [cue.ask];
  return [];
}

export function cueVerdict(p: PreparedText): CueVerdict {
  if (p.folded.length === 0) return { asks: ['none'], cues: [], denied: [], signals: [] };
  const negated: CueHit[] = [];
  const hits = findCueHits(p, cuesFor(p.lang), undefined, negated);
  const { asks, cues } = resolveAsks(p, hits);
  const denied = new Set<AskType>();
  for (const hit of negated) for (const a of deniedBy(hit)) if (!asks.includes(a)) denied.add(a);
  const signals = new Set<string>();
  for (const hit of hits) signals.add(signalOf(hit));
  for (const hit of negated) signals.add(`not:${signalOf(hit)}`);
  return { asks, cues, denied: [...denied], signals: [...signals] };
}
