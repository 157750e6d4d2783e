import type { AskResult, Lang } from '../model/draft';
import { prepareText, type PreparedText } from '../text/prepare';
import { compileCues, type CompiledCue } from './cueTypes';
import { EN_CUES } from './cues.en';
import { FR_CUES } from './cues.fr';
import { findCueHits } from './matchCues';
import { resolveAsks } from './resolveAsks';

// Compiled once per module load: classifyAsks runs on every keystroke of the side panel.
const CUES: Record<'fr' | 'en', CompiledCue[]> = { fr: compileCues('fr', FR_CUES), en: compileCues('en', EN_CUES) };
const BOTH = [...CUES.fr, ...CUES.en];

function cuesFor(lang: Lang): CompiledCue[] {
  return lang === 'fr' || lang === 'en' ? CUES[lang] : BOTH;
}

/** Classifier on an already prepared text (shared with analyzeDraft so the text is folded once). */
export function classifyPrepared(p: PreparedText): AskResult {
  if (p.folded.length === 0) return { asks: ['none'], cues: [], lang: p.lang };
  const { asks, cues } = resolveAsks(p, findCueHits(p, cuesFor(p.lang)));
  return { asks, cues, lang: p.lang };
}

/**
 * What a message asks of its recipient, among ASK_TYPES, with the words that show it.
 * French and English; `lang` skips detection when the caller knows it. Never throws:
 * anything that is not a message gets ['none'].
 */
export function classifyAsks(text: string, lang?: Lang): AskResult {
  try {
    return classifyPrepared(prepareText(text, lang));
  } catch {
    return { asks: ['none'], cues: [], lang: lang ?? 'unknown' };
  }
}

export { isBeyondReachAsk } from './beyondReach';
