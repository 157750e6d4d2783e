import type { DueCategory } from '../../../utils/engine/dueItems';
import type { Contact, Site, Tier } from '../../../utils/model/types';
import { foldLine } from '../../../utils/text/fold';

/** One line of the contacts table: the contact and what the table derives from elsewhere. */
export interface ContactRow {
  contact: Contact;
  /** What is due with this person now, in the due list's order. */
  due: readonly DueCategory[];
  hasRecommender: boolean;
  /** Known only for the rows on screen, or for all once the user sorts by it. */
  interactionCount?: number;
}

export const TIER_FILTERS = ['any', 'close', 'regular', 'weak', 'unset'] as const;
export type TierFilter = (typeof TIER_FILTERS)[number];

export interface TableFilters {
  text: string;
  tier: TierFilter;
  dueNow: boolean;
  site: Site | 'any';
  hasRecommender: boolean;
  duplicates: boolean;
}

export const NO_FILTERS: TableFilters = { text: '', tier: 'any', dueNow: false, site: 'any', hasRecommender: false, duplicates: false };

export const SORT_KEYS = ['name', 'headline', 'tier', 'degree', 'lastInteraction', 'interactions', 'due'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** The longest query worth folding: a paste of a whole page must not freeze the table. */
const MAX_QUERY = 200;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * foldLine's result (lower case, no accents, single spaces), much faster on plain ASCII — most
 * names and headlines — which needs no Unicode normalisation. 10,000 contacts fold in a few ms.
 */
export function quickFold(text: string | null | undefined, max = 2000): string {
  if (typeof text !== 'string' || !text) return '';
  const t = text.length > max ? text.slice(0, max) : text;
  return ASCII.test(t) ? t.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim() : foldLine(t, max);
}

// Contacts from a live query are fresh objects after each change, so a folded form cached per
// object can never be stale; it is computed the first time a search needs it.
const haystacks = new WeakMap<Contact, string>();

/** Name, headline and company, folded, for the search. */
export function searchText(contact: Pick<Contact, 'name' | 'headline' | 'company'>): string {
  const known = haystacks.get(contact as Contact);
  if (known !== undefined) return known;
  const text = quickFold([contact.name, contact.headline, contact.company].filter((s) => typeof s === 'string').join('\n'), 6000);
  if (contact && typeof contact === 'object') haystacks.set(contact as Contact, text);
  return text;
}

export function toRow(contact: Contact, extra: { due?: readonly DueCategory[]; hasRecommender?: boolean; interactionCount?: number } = {}): ContactRow {
  return { contact, due: extra.due ?? [], hasRecommender: !!extra.hasRecommender, interactionCount: extra.interactionCount };
}

/** The folded words of a search; each must appear ("lea acme" finds Léa at ACME). */
export function queryWords(query: string): string[] {
  return foldLine(String(query ?? '').slice(0, MAX_QUERY)).split(' ').filter(Boolean);
}

export function hasAllWords(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

export function filterRows(rows: readonly ContactRow[], f: TableFilters): ContactRow[] {
  const words = queryWords(f.text);
  return rows.filter((r) => {
    const c = r.contact;
    if (f.tier === 'unset' ? c.tier !== undefined : f.tier !== 'any' && c.tier !== f.tier) return false;
    if (f.dueNow && !r.due.length) return false;
    if (f.site !== 'any' && c.site !== f.site) return false;
    if (f.hasRecommender && !r.hasRecommender) return false;
    if (f.duplicates && !(c.possibleDuplicates ?? []).length) return false;
    return !words.length || hasAllWords(searchText(c), words);
  });
}

const TIER_RANK: Record<Tier, number> = { close: 0, regular: 1, weak: 2 };
const DUE_RANK: Record<DueCategory, number> = { update: 3, promise: 2, 'keep-warm': 1 };

/** The value a column sorts on; undefined sorts last whichever the direction (an unknown is not a zero). */
function sortValue(row: ContactRow, key: SortKey): string | number | undefined {
  const c = row.contact;
  switch (key) {
    case 'name':
      return quickFold(c.name, 200) || undefined;
    case 'headline':
      return quickFold(c.company || c.headline, 200) || undefined;
    case 'tier':
      return c.tier ? TIER_RANK[c.tier] : undefined;
    case 'degree':
      return c.degree;
    case 'lastInteraction':
      return Number.isFinite(c.lastInteractionAt) ? c.lastInteractionAt : undefined;
    case 'interactions':
      return row.interactionCount;
    case 'due':
      return row.due.length ? Math.max(...row.due.map((d) => DUE_RANK[d] ?? 0)) * 100 + row.due.length : undefined;
  }
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted copy. Text columns compare folded text (accents and case ignored: "Émilie" next to
 * "Emma"), which is also far cheaper than a collator on 10,000 rows; ties keep the name order,
 * then the id, so the table never shuffles between renders.
 */
export function sortRows(rows: readonly ContactRow[], sort: SortSpec): ContactRow[] {
  const sign = sort.dir === 'desc' ? -1 : 1;
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.key), n: sort.key === 'name' ? '' : quickFold(row.contact.name, 200) }));
  keyed.sort((a, b) => {
    if (a.v === undefined || b.v === undefined) {
      if (a.v !== b.v) return a.v === undefined ? 1 : -1;
    } else {
      const d = cmp(a.v, b.v);
      if (d) return sign * d;
    }
    return cmp(a.n, b.n) || cmp(a.row.contact.id, b.row.contact.id);
  });
  return keyed.map((k) => k.row);
}

/** The direction a click on a column header gives: toggles the current column, else its natural one. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  // Recent, many, urgent and close first is what one wants on a first click.
  return { key, dir: key === 'lastInteraction' || key === 'interactions' || key === 'due' ? 'desc' : 'asc' };
}

export interface Page<T> {
  rows: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
  /** 1-based positions of the first and last rows shown (0 when empty). */
  from: number;
  to: number;
}

export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const per = Math.max(1, Math.floor(size) || 1);
  const pages = Math.max(1, Math.ceil(rows.length / per));
  const p = Math.min(pages - 1, Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)));
  const slice = rows.slice(p * per, p * per + per);
  return { rows: slice, page: p, pages, total: rows.length, from: slice.length ? p * per + 1 : 0, to: p * per + slice.length };
}
