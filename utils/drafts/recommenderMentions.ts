import type { RecommenderMention } from '../model/draft';
import { foldPlain, originalSpan } from '../text/fold';
import { prepareText, type PreparedText } from '../text/prepare';
import { literalGate, type LiteralGate } from '../text/literalGate';
import { gatePasses, trigramsOf } from '../text/trigramIndex';
import { nameIndexFor, type KnownPerson, type NameIndex } from '../people/names';

// "Say who sent you" (seed 001: « sans recommandation, vous êtes un inconnu »): the phrases people
// use to name the person who suggested they write, and the name they attach to it.

/** Where the name sits relative to the phrase, and whether only a known contact may fill it. */
interface MentionCue {
  re: RegExp;
  gate: LiteralGate | null;
  name: 'after' | 'before';
  /** Generic words ("via", "thanks to"): only a name that resolves to a known contact counts. */
  knownOnly?: boolean;
}

// One pattern per phrase shape, each gated on its literals, so a draft without any of these
// phrases costs a few bitmap lookups.
const AFTER_EN = [
  String.raw`\b(?:on behalf of|at the (?:suggestion|recommendation) of|on the (?:advice|recommendation|suggestion) of)\b`,
  String.raw`\b(?:referred|recommended|pointed|sent|directed) (?:to you |your way |here )?by\b`,
  String.raw`\bintroduced (?:to you )?by\b`,
  String.raw`\bi got your (?:name|contact|details|email|number|info) from\b`,
  String.raw`\bour mutual (?:friend|connection|contact|colleague)\b`,
];
const AFTER_FR = [
  String.raw`\bde la part (?:de |d')`,
  String.raw`\bsur (?:les|le|la) (?:conseils?|recommandations?|avis|suggestions?|indications?) (?:de |d')`,
  String.raw`\bsur (?:recommandation|conseil) (?:de |d')`,
  String.raw`\b(?:recommandee?|conseillee?|orientee?|envoyee?|adressee?|dirigee?) (?:vers vous |aupres de vous )?par\b`,
  String.raw`\b(?:j'ai eu|j'ai obtenu|j'ai recu|je tiens) (?:votre|ton|vos|tes) (?:nom|contact|coordonnees|numero|email|adresse|mail) (?:par|de|grace a|via|aupres de)\b`,
  String.raw`\bnotre (?:ami|amie|contact|relation|connaissance|collegue) (?:commune?|en commun)\b`,
];
const GENERIC_AFTER = [String.raw`\b(?:via|through|thanks to|grace a)\b`, String.raw`\bpar (?:l'intermediaire|le biais) de\b`];
const BEFORE_EN = [
  String.raw`\b(?:suggested|recommended|advised) (?:that )?(?:i|we) (?:should )?(?:reach out|contact|get in touch|write|connect|talk|speak|email|message|drop you)\b`,
  String.raw`\b(?:suggested|recommended) (?:reaching out|contacting you|getting in touch|you)\b`,
  String.raw`\b(?:told|encouraged|urged|advised|asked) me to (?:reach out|contact you|get in touch|write|drop you|message you|connect)\b`,
  String.raw`\b(?:referred|pointed|sent|directed) me (?:to you|your way|here|to your profile)\b`,
  String.raw`\b(?:gave me|passed (?:me )?(?:along )?|shared) your (?:name|contact|details|email|number|info|information)\b`,
  String.raw`\bshared your (?:information|details|contact) with me\b`,
  String.raw`\b(?:thought|thinks|said) (?:we|you and i|the two of us) should (?:connect|talk|meet|chat|speak)\b`,
  String.raw`\b(?:speaks|spoke|spoken) (?:very )?highly of you\b`,
  String.raw`\bput (?:me in touch with you|us in touch)\b`,
  String.raw`'s (?:kind )?(?:suggestion|recommendation|advice|referral)\b`,
];
const BEFORE_FR = [
  String.raw`\bm'a (?:vivement |chaudement |fortement |beaucoup )?(?:conseille|recommande|suggere|propose|dit|encourage|encouragee) de (?:vous|te|t'|prendre contact|me rapprocher|entrer en contact)`,
  String.raw`\bm'a (?:donne|transmis|passe|communique|file|refile) (?:votre|ton|vos|tes) (?:nom|contact|coordonnees|numero|email|mail|adresse|profil)\b`,
  String.raw`\bm'a (?:beaucoup )?parle de (?:vous|toi)\b`,
  String.raw`\bm'a (?:orientee?|dirigee?|envoyee?|adressee?) vers (?:vous|toi)\b`,
  String.raw`\b(?:m'a mise? en (?:relation|contact) avec (?:vous|toi)|nous a mis en (?:relation|contact))\b`,
  String.raw`\b(?:pense|pensait|trouve|trouvait) que nous devrions (?:echanger|nous rencontrer|nous parler)\b`,
  String.raw`\bdit (?:le plus grand )?bien de (?:vous|toi)\b`,
  String.raw`, en (?:copie|cc)\b`,
];
const MUTUAL = String.raw`[(,] ?(?:our|a|notre) (?:mutual (?:connection|friend|contact|colleague)|(?:contact|ami|amie|relation|connaissance) (?:commune?|en commun))\b`;

function cues(sources: string[], name: 'after' | 'before', knownOnly = false): MentionCue[] {
  return sources.map((src) => ({ re: new RegExp(src, 'g'), gate: literalGate(src), name, knownOnly }));
}

const CUES: MentionCue[] = [
  ...cues(AFTER_EN, 'after'),
  ...cues(AFTER_FR, 'after'),
  ...cues(GENERIC_AFTER, 'after', true),
  ...cues(BEFORE_EN, 'before'),
  ...cues(BEFORE_FR, 'before'),
];
const MUTUAL_RE = new RegExp(MUTUAL, 'g');
const MUTUAL_GATE = literalGate(MUTUAL);

const PARTICLE = String.raw`(?:de|du|des|van|von|der|den|da|di|la|le|el|al|bin|ben|d'|d’)`;
// Hyphens of every kind join the parts of one name ("Jean–Noël" as typed on a Mac).
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-\u2010-\u2015]*`;
const NAME = String.raw`${CAP_WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]*)?${CAP_WORD}){0,3}`;
/** After the phrase: optional lower-case descriptor words ("mon ancien collègue"), then the name. */
const NAME_AFTER = new RegExp(String.raw`^[ \u00a0]*(?:(?:\p{Ll}[\p{L}'’\-]*|My|Our|Mon|Ma|Notre)[ \u00a0]+){0,4}?(${NAME})`, 'u');
const NAME_BEFORE = new RegExp(String.raw`(${NAME})[ \u00a0]*[,(]?[ \u00a0]*$`, 'u');
const WINDOW = 90;
const MAX_ATTEMPTS = 60;

/** Capitalised words that start sentences or name tools, never a recommender. */
const NOT_A_NAME = new Set(
  'bonjour salut hello hi hey dear cher chere madame monsieur mr mrs ms mme m dr hier aujourd\'hui yesterday today recently recemment and et also aussi but mais so donc alors then puis je i my our your mon ma notre votre the le la les un une a when lorsque quand linkedin twitter x facebook instagram slack discord whatsapp zoom teams google gmail email e-mail mail meetup indeed github reddit malt medium substack calendly outlook internet web site website'.split(
    ' ',
  ),
);

function cleanName(raw: string): string {
  const tokens = raw.split(/[ \u00a0]+/);
  while (tokens.length > 0 && NOT_A_NAME.has(foldPlain(tokens[0]!))) tokens.shift();
  return tokens.join(' ').replace(/['’]s$/u, '').trim();
}

/** Lower-case writing ("de la part de marc"): candidate words count only if they name a known contact. */
function firstKnown(candidates: string[], index: NameIndex): { name: string; id: string } | null {
  for (const name of candidates) {
    const id = name ? index.resolve(name) : undefined;
    if (id) return { name, id };
  }
  return null;
}

const WORDS = /[^\p{L}\p{M}'’\-\u2010-\u2015]+/u;

function nameAfter(p: PreparedText, end: number, index: NameIndex): { name: string; id?: string } | null {
  const from = end > 0 ? p.ends[end - 1]! : 0;
  const tail = p.original.slice(from, from + WINDOW);
  const m = NAME_AFTER.exec(tail);
  const name = m ? cleanName(m[1]!) : '';
  if (name) return { name, id: index.resolve(name) };
  const words = tail.split(WORDS).filter(Boolean);
  return firstKnown([words.slice(0, 2).join(' '), words[0] ?? ''], index);
}

function nameBefore(p: PreparedText, start: number, index: NameIndex): { name: string; id?: string } | null {
  const to = p.starts[start] ?? p.original.length;
  // "Marc Dupont, who suggested…" / « Marc, qui m'a conseillé… »
  const head = p.original.slice(Math.max(0, to - WINDOW), to).replace(/,?[ \u00a0]+(?:who|qui|that)[ \u00a0]*$/iu, '');
  const m = NAME_BEFORE.exec(head);
  const name = m ? cleanName(m[1]!) : '';
  if (name) return { name, id: index.resolve(name) };
  const words = head.split(WORDS).filter(Boolean);
  return firstKnown([words.slice(-2).join(' '), words[words.length - 1] ?? ''], index);
}

export function findRecommenderMentionsPrepared(p: PreparedText, known: readonly KnownPerson[]): RecommenderMention[] {
  const out: RecommenderMention[] = [];
  if (p.folded.length === 0) return out;
  const index = nameIndexFor(known);
  const seen = new Set<string>();
  const found: Array<{ at: number; mention: RecommenderMention }> = [];
  const add = (at: number, cueStart: number, cueEnd: number, who: { name: string; id?: string } | null, knownOnly: boolean) => {
    if (!who || !who.name || (knownOnly && !who.id)) return;
    const key = who.id ?? foldPlain(who.name);
    if (seen.has(key)) return;
    seen.add(key);
    const cue = originalSpan(p, cueStart, cueEnd).text.replace(/^[\s,(]+|[\s,)]+$/g, '');
    found.push({ at, mention: who.id ? { name: who.name, contactId: who.id, cue } : { name: who.name, cue } });
  };
  const trigrams = trigramsOf(p);
  // A message names its recommender once or twice; a text repeating a phrase thousands of times is
  // noise, so only the first occurrences of each phrase are read.
  let attempts = 0;
  for (const cue of CUES) {
    if (!gatePasses(trigrams, cue.gate)) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(p.folded); m && attempts < MAX_ATTEMPTS; m = cue.re.exec(p.folded), attempts++) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const who = cue.name === 'after' ? nameAfter(p, end, index) : nameBefore(p, start, index);
      add(start, start, end, who, cue.knownOnly === true);
      if (found.length >= 20) break;
    }
  }
  // "Marc Dupont (our mutual connection)": the phrase follows the name.
  MUTUAL_RE.lastIndex = 0;
  if (gatePasses(trigrams, MUTUAL_GATE)) for (let m = MUTUAL_RE.exec(p.folded); m && attempts < MAX_ATTEMPTS; m = MUTUAL_RE.exec(p.folded), attempts++) {
    add(m.index, m.index, m.index + m[0].length, nameBefore(p, m.index, index), false);
  }
  found.sort((a, b) => a.at - b.at);
  for (const f of found) out.push(f.mention);
  return out;
}

/**
 * People the message names as the one who suggested writing ("de la part de Marc", "Sophie suggested
 * I reach out"), resolved to a known contact when exactly one matches (full name, or a first name
 * that only one known contact has). "via LinkedIn" or "via email" name no one.
 */
export function findRecommenderMentions(text: string, known: readonly KnownPerson[]): RecommenderMention[] {
  try {
    return findRecommenderMentionsPrepared(prepareText(text), known);
  } catch {
    return [];
  }
}
