import type { RecommendedPerson } from './context';

/**
 * Phrases by which a message recommends, refers or vouches for a third person, followed by that
 * person's name ("je vous recommande vivement Paul Martin", "I'd like to introduce you to Ana
 * Lopes", "je me porte garant de Léa"). Matched case- and accent-tolerantly; the name after it
 * must be capitalised, which keeps out "je vous recommande de lire…" and "I recommend reading…".
 */
const CUES: RegExp[] = [
  /\bje\s+(?:vous\s+|te\s+)?recommande\s+(?:(?:vivement|chaudement|sans\s+(?:h[eé]siter|r[eé]serve)|fortement)\s+)?/giu,
  /\bje\s+(?:souhaite(?:rais)?|voudrais|veux|tiens\s+[àa])\s+(?:vous\s+|te\s+)?recommander\s+/giu,
  /\bje\s+(?:(?:souhaite(?:rais)?|voudrais|veux|peux)\s+)?coopte(?:r)?\s+/giu,
  /\bje\s+me\s+porte\s+garante?\s+(?:de\s+|d['’]\s*)/giu,
  /\bje\s+(?:vous\s+|te\s+)pr[eé]sente\s+/giu,
  /\bi\s+(?:would\s+|'d\s+|’d\s+)?(?:(?:highly|strongly|warmly|really|wholeheartedly)\s+)?recommend\s+/giu,
  /\bi\s+(?:(?:would|'d|’d)\s+like\s+to\s+|want\s+to\s+|am\s+happy\s+to\s+|'m\s+happy\s+to\s+)?refer\s+/giu,
  /\bi\s+(?:can\s+)?vouch\s+for\s+/giu,
  /\b(?:let\s+me|allow\s+me\s+to|i(?:'d|’d|\s+would)\s+like\s+to|i\s+want\s+to|i(?:'m|’m|\s+am)\s+(?:happy|glad|pleased|delighted)\s+to)\s+introduce\s+(?:you\s+to\s+)?/giu,
];

const NAME = /(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+|le[ \t]+|la[ \t]+)?\p{Lu}[\p{L}'’-]*){0,2})/uy;

/** Capitalised words that follow those phrases without being anyone's name. */
const NOT_NAMES = new Set(
  'the this that these those a an my our your his her their it you i ce cet cette ces le la les un une mon ma mes notre nos votre vos son sa ses leur leurs vous il elle on'
    .split(' '),
);

/** Every cue contains one of these stems: one cheap scan finds where to look closely. */
const STEMS = /recommand|recommend|refer|vouch|introduc|garant|coopt|pr[eé]sente/gi;
/** Enough text around a stem for the longest cue before it and the name after it. */
const BEFORE = 60;
const AFTER = 120;

const MAX_SCAN = 20_000;
const MAX_PEOPLE = 10;

export function findRecommendedPeople(text: string | undefined): RecommendedPerson[] {
  if (typeof text !== 'string' || !text) return [];
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const out: RecommendedPerson[] = [];
  STEMS.lastIndex = 0;
  for (let stem = STEMS.exec(t); stem && out.length < MAX_PEOPLE; stem = STEMS.exec(t))
    collect(t.slice(Math.max(0, stem.index - BEFORE), stem.index + AFTER), out);
  return out;
}

function collect(t: string, out: RecommendedPerson[]): void {
  for (const cue of CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(t); m && out.length < MAX_PEOPLE; m = cue.exec(t)) {
      NAME.lastIndex = m.index + m[0].length;
      const n = NAME.exec(t);
      if (!n) continue;
      const name = n[1].replace(/[-'’]+$/, '').trim();
      const first = name.split(/\s+/)[0].toLowerCase();
      if (!name || NOT_NAMES.has(first)) continue;
      if (!out.some((p) => p.name === name)) out.push({ name });
    }
  }
}
