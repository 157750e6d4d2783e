import type { DraftAnalysis } from '../model/draft';
import type { Contact, ContactId } from '../model/types';
import { foldPlain } from '../text/fold';

// Person names compared the way people write them, one way everywhere (the recommender named in a
// draft, the contact a mention resolves to, a name-only contact): case, accents, ligatures ("Cœur"
// is "Coeur"), dashes ("Jean–Noël" is "Jean-Noël") and spacing do not matter; "Jean-Noël" is one
// first name; a first name alone names someone only when it is unambiguous.

export interface KnownPerson {
  id: ContactId;
  name: string;
}

/** Folded name tokens: "  Maëlle  LEFÈVRE " → ["maelle", "lefevre"]; "Jean–Noël" → ["jean-noel"]. */
export function nameTokens(name: string): string[] {
  if (typeof name !== 'string') return [];
  return foldPlain(name.slice(0, 200))
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[-']+|[-']+$/g, ''))
    .filter((t) => t.length > 0);
}

interface IndexedPerson {
  id: ContactId;
  full: string;
  first: string;
}

/** Known contacts indexed by folded full name and first name (built on first use). */
export class NameIndex {
  private built: IndexedPerson[] | null = null;

  constructor(private readonly known: readonly KnownPerson[]) {}

  private get people(): IndexedPerson[] {
    if (this.built) return this.built;
    this.built = [];
    for (const k of Array.isArray(this.known) ? this.known : []) {
      if (!k || typeof k.name !== 'string' || typeof k.id !== 'string') continue;
      const tokens = nameTokens(k.name);
      if (tokens.length === 0) continue;
      this.built.push({ id: k.id, full: tokens.join(' '), first: tokens[0]! });
    }
    return this.built;
  }

  /** The one known contact this written name designates, if exactly one does. */
  resolve(written: string): ContactId | undefined {
    const tokens = nameTokens(written);
    if (tokens.length === 0) return undefined;
    const full = tokens.join(' ');
    const exact = unique(this.people.filter((p) => p.full === full));
    if (exact) return exact;
    if (tokens.length === 1) return unique(this.people.filter((p) => p.first === full));
    // "Marc Dupont" for a contact saved as "Marc Dupont-Martin" or "Marc A. Dupont".
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    return unique(this.people.filter((p) => p.first === first && (p.full.endsWith(` ${last}`) || p.full.includes(` ${last}-`) || p.full.includes(` ${last} `))));
  }
}

function unique(list: IndexedPerson[]): ContactId | undefined {
  const ids = new Set(list.map((p) => p.id));
  return ids.size === 1 ? list[0]!.id : undefined;
}

const indexes = new WeakMap<object, NameIndex>();

/** One index per contact list: the side panel re-analyses the draft on every keystroke with the same list. */
export function nameIndexFor(known: readonly KnownPerson[]): NameIndex {
  if (!Array.isArray(known)) return new NameIndex([]);
  let index = indexes.get(known);
  if (!index) {
    index = new NameIndex(known);
    indexes.set(known, index);
  }
  return index;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && (/[\p{L}\p{N}]/u.test(c) || c === '-');
}

/** Whether folded `haystack` contains folded `needle` as whole words ("jean" is not in "jean-noel"). */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (!isNameChar(haystack[i - 1]) && !isNameChar(haystack[i + needle.length])) return true;
  }
  return false;
}

/** Names of one or two letters alone are too ambiguous to count ("Al", "Li"). */
const MIN_PART = 3;

/**
 * Whether `text` names the person called `name`: by full name; by last name alone ("M. Dupont",
 * "Dupont suggested…"); or by first name alone when no one in `otherNames` shares it.
 */
export function mentionsName(text: string, name: string, otherNames: readonly string[] = []): boolean {
  if (typeof text !== 'string' || typeof name !== 'string') return false;
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  const folded = foldPlain(text.length > 20_000 ? text.slice(0, 20_000) : text).replace(/\s+/g, ' ');
  if (containsWords(folded, tokens.join(' '))) return true;
  const first = tokens[0]!;
  const last = tokens.length > 1 ? tokens[tokens.length - 1]! : null;
  if (last && last.length >= MIN_PART && containsWords(folded, last)) return true;
  const sharedFirst = otherNames.some((o) => {
    const t = nameTokens(o);
    return t.length > 0 && t[0] === first && t.join(' ') !== tokens.join(' ');
  });
  return !sharedFirst && first.length >= MIN_PART && containsWords(folded, first);
}

/**
 * Whether a draft names this person: a recommender mention the analysis resolved to them, or
 * their name written anywhere (see `mentionsName`).
 */
export function draftNames(analysis: DraftAnalysis | undefined, person: Pick<Contact, 'id' | 'name'>, otherNames: readonly string[] = []): boolean {
  if (!analysis) return false;
  const mentions = Array.isArray(analysis.recommenders) ? analysis.recommenders : [];
  if (mentions.some((m) => m?.contactId === person.id)) return true;
  return mentionsName(analysis.text, person.name, otherNames);
}
