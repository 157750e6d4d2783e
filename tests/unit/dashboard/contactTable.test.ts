import { describe, expect, it } from 'vitest';
import {
  filterRows,
  nextSort,
  NO_FILTERS,
  pageOf,
  quickFold,
  searchText,
  sortRows,
  toRow,
  type ContactRow,
  type TableFilters,
} from '../../../components/dashboard/contacts/contactTable';
import type { Contact } from '../../../utils/model/types';
import { foldLine } from '../../../utils/text/fold';

const T = Date.UTC(2025, 2, 12);
function person(slug: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { id: `linkedin:in/${slug}`, site: 'linkedin', name, aliases: [], createdAt: T, updatedAt: T, ...extra };
}

const lea = person('lea', 'Léa Durand', { headline: 'Chargée de recrutement', company: 'Initech', tier: 'close', degree: 2, lastInteractionAt: T - 1000 });
const emma = person('emma', 'Emma Stone', { headline: 'Head of Data', company: 'ACME', tier: 'weak', degree: 1, lastInteractionAt: T - 5000 });
const emilie = person('emilie', 'Émilie Faure', { headline: 'CTO', company: 'Société Générale', lastInteractionAt: T - 3000 });
const eric = person('eric', 'eric Martin', { headline: 'Recruiter at Acme', degree: 3, possibleDuplicates: ['linkedin:in/eric-2'] });
const zoe = person('zoe', 'Zoë Núñez', { company: 'Globex', tier: 'regular', lastInteractionAt: T - 2000 });

const rows: ContactRow[] = [
  toRow(lea, { due: ['promise'], hasRecommender: true }),
  toRow(emma, { due: ['update', 'keep-warm'] }),
  toRow(emilie, { due: ['keep-warm'], hasRecommender: true }),
  toRow(eric),
  toRow(zoe, { due: ['keep-warm', 'promise'] }),
];

const names = (rs: readonly ContactRow[]) => rs.map((r) => r.contact.name);
const filtered = (f: Partial<TableFilters>) => names(filterRows(rows, { ...NO_FILTERS, ...f }));

describe('search: accents, case and fields do not matter', () => {
  it('finds Léa by "lea", "LÉA" or "Lea "', () => {
    for (const q of ['lea', 'LÉA', ' Lea ']) expect(filtered({ text: q })).toEqual(['Léa Durand']);
  });

  it('searches the headline and the company too', () => {
    expect(filtered({ text: 'acme' })).toEqual(['Emma Stone', 'eric Martin']);
    expect(filtered({ text: 'societe' })).toEqual(['Émilie Faure']);
    expect(filtered({ text: 'chargee' })).toEqual(['Léa Durand']);
  });

  it('needs every word, in any field ("emma data")', () => {
    expect(filtered({ text: 'emma data' })).toEqual(['Emma Stone']);
    expect(filtered({ text: 'emma globex' })).toEqual([]);
  });

  it('treats an empty or hostile query as text and never throws', () => {
    expect(filtered({ text: '' })).toHaveLength(5);
    expect(filtered({ text: '   ' })).toHaveLength(5);
    expect(filtered({ text: '<img src=x onerror=alert(1)>' })).toEqual([]);
    expect(filtered({ text: '.*' })).toEqual([]);
    expect(() => filtered({ text: 'a'.repeat(1_000_000) })).not.toThrow();
    expect(filtered({ text: undefined as unknown as string })).toHaveLength(5);
  });

  it('folds like the rest of Relais, only faster on plain text', () => {
    for (const s of ['Chargée  de   Recrutement', 'ZOË NÚÑEZ', 'plain ascii Text', 'l’équipe', "it`s", 'Straße', '', '  x  '])
      expect(quickFold(s)).toBe(foldLine(s));
    expect(searchText(lea)).toContain('initech');
  });
});

describe('filters', () => {
  it('by tier, with "not set" for contacts never sorted', () => {
    expect(filtered({ tier: 'close' })).toEqual(['Léa Durand']);
    expect(filtered({ tier: 'unset' })).toEqual(['Émilie Faure', 'eric Martin']);
    expect(filtered({ tier: 'any' })).toHaveLength(5);
  });

  it('by something due now, by recommender, by flagged duplicates, by site', () => {
    expect(filtered({ dueNow: true })).toEqual(['Léa Durand', 'Emma Stone', 'Émilie Faure', 'Zoë Núñez']);
    expect(filtered({ hasRecommender: true })).toEqual(['Léa Durand', 'Émilie Faure']);
    expect(filtered({ duplicates: true })).toEqual(['eric Martin']);
    expect(filtered({ site: 'linkedin' })).toHaveLength(5);
  });

  it('combines filters with the search', () => {
    expect(filtered({ dueNow: true, hasRecommender: true, text: 'faure' })).toEqual(['Émilie Faure']);
  });
});

describe('sorting', () => {
  it('sorts names ignoring accents and case: Émilie next to Emma, not after Zoë', () => {
    expect(names(sortRows(rows, { key: 'name', dir: 'asc' }))).toEqual(['Émilie Faure', 'Emma Stone', 'eric Martin', 'Léa Durand', 'Zoë Núñez']);
    expect(names(sortRows(rows, { key: 'name', dir: 'desc' }))[0]).toBe('Zoë Núñez');
  });

  it('puts unknown values last in both directions', () => {
    const asc = names(sortRows(rows, { key: 'degree', dir: 'asc' }));
    const desc = names(sortRows(rows, { key: 'degree', dir: 'desc' }));
    expect(asc).toEqual(['Emma Stone', 'Léa Durand', 'eric Martin', 'Émilie Faure', 'Zoë Núñez']);
    expect(desc).toEqual(['eric Martin', 'Léa Durand', 'Emma Stone', 'Émilie Faure', 'Zoë Núñez']);
    expect(names(sortRows(rows, { key: 'lastInteraction', dir: 'desc' }))).toEqual(['Léa Durand', 'Zoë Núñez', 'Émilie Faure', 'Emma Stone', 'eric Martin']);
  });

  it('ranks what is due: an owed update before a promise before keep-warm, nothing last', () => {
    expect(names(sortRows(rows, { key: 'due', dir: 'desc' }))).toEqual(['Emma Stone', 'Zoë Núñez', 'Léa Durand', 'Émilie Faure', 'eric Martin']);
  });

  it('sorts tiers close → weak, and by interaction count when known', () => {
    expect(names(sortRows(rows, { key: 'tier', dir: 'asc' })).slice(0, 3)).toEqual(['Léa Durand', 'Zoë Núñez', 'Emma Stone']);
    const counted = rows.map((r, k) => ({ ...r, interactionCount: [3, 10, 0, 7, undefined][k] }));
    expect(names(sortRows(counted, { key: 'interactions', dir: 'desc' }))).toEqual(['Emma Stone', 'eric Martin', 'Léa Durand', 'Émilie Faure', 'Zoë Núñez']);
  });

  it('breaks ties by name, so equal rows keep one order', () => {
    const twins = [toRow(person('b', 'Bob', { tier: 'close' })), toRow(person('a', 'Alice', { tier: 'close' })), toRow(person('c', 'Carl', { tier: 'close' }))];
    expect(names(sortRows(twins, { key: 'tier', dir: 'asc' }))).toEqual(['Alice', 'Bob', 'Carl']);
    expect(names(sortRows(twins, { key: 'tier', dir: 'desc' }))).toEqual(['Alice', 'Bob', 'Carl']);
  });

  it('does not change the rows it was given', () => {
    const before = names(rows);
    sortRows(rows, { key: 'name', dir: 'desc' });
    expect(names(rows)).toEqual(before);
  });

  it('a click on a header toggles its order, or starts with the natural one', () => {
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'lastInteraction')).toEqual({ key: 'lastInteraction', dir: 'desc' });
    expect(nextSort({ key: 'due', dir: 'desc' }, 'tier')).toEqual({ key: 'tier', dir: 'asc' });
  });
});

describe('pages', () => {
  const many = Array.from({ length: 123 }, (_, k) => k);
  it('cuts the list into pages and says which rows are shown', () => {
    expect(pageOf(many, 0, 50)).toMatchObject({ page: 0, pages: 3, total: 123, from: 1, to: 50 });
    expect(pageOf(many, 2, 50)).toMatchObject({ page: 2, from: 101, to: 123 });
    expect(pageOf(many, 2, 50).rows).toHaveLength(23);
  });

  it('clamps a page that no longer exists (after a filter shrank the list)', () => {
    expect(pageOf(many, 9, 50).page).toBe(2);
    expect(pageOf(many, -3, 50).page).toBe(0);
    expect(pageOf(many, NaN, 50).page).toBe(0);
    expect(pageOf([], 4, 50)).toMatchObject({ page: 0, pages: 1, total: 0, from: 0, to: 0, rows: [] });
  });
});
