import { describe, expect, it } from 'vitest';
import { ledgerOf } from '../../../components/dashboard/contact/ledger';
import { dueFromDateInput } from '../../../components/dashboard/contact/NextSteps';
import { parseCadence } from '../../../components/dashboard/contact/ContactFields';
import { dueByContact } from '../../../components/dashboard/due/dueByContact';
import { distinction, duplicateGroups } from '../../../components/dashboard/duplicates/duplicateGroups';
import { safeProfileUrl } from '../../../components/dashboard/ProfileLink';
import { parseRoute, routeHash } from '../../../components/dashboard/route';
import type { DueEntry } from '../../../utils/engine/dueEntries';
import { owedHighlights } from '../../../components/dashboard/graph/owedHighlights';
import type { Contact, Interaction } from '../../../utils/model/types';

const T = Date.UTC(2025, 2, 12);
const person = (slug: string, name: string, extra: Partial<Contact> = {}): Contact => ({ id: `linkedin:in/${slug}`, site: 'linkedin', name, aliases: [], createdAt: T, updatedAt: T, ...extra });
let n = 0;
const act = (kind: Interaction['kind'], extra: Partial<Interaction> = {}): Interaction => ({ key: `k${++n}`, contactId: 'linkedin:in/x', kind, at: T + n, site: 'linkedin', source: 'capture', ...extra });

describe('route: where a link or a notification opens the dashboard', () => {
  it('opens a contact from #contact=<id>, encoded or not', () => {
    expect(parseRoute('#contact=linkedin%3Ain%2Fmarc-dupont')).toEqual({ view: 'contact', contactId: 'linkedin:in/marc-dupont' });
    expect(parseRoute('#contact=linkedin:in/maëlle-lefèvre')).toEqual({ view: 'contact', contactId: 'linkedin:in/maëlle-lefèvre' });
    const id = 'linkedin:in/ACoAAB#weird?x=1&y';
    expect(parseRoute(routeHash({ view: 'contact', contactId: id }))).toEqual({ view: 'contact', contactId: id });
  });

  it('opens the named views, and the table for anything else', () => {
    expect(parseRoute('#graph')).toEqual({ view: 'graph' });
    expect(parseRoute('#duplicates')).toEqual({ view: 'duplicates' });
    for (const h of ['', '#', '#nope', '#Graph', '#contact=', '#contact=   ', null, undefined, `#${'x'.repeat(100_000)}`]) expect(parseRoute(h)).toEqual({ view: 'contacts' });
    // A broken escape is kept as typed: the page then says the contact is not found.
    expect(parseRoute('#contact=%E0%A4%A')).toEqual({ view: 'contact', contactId: '%E0%A4%A' });
  });
});

describe('duplicateGroups: one group per person, however the flags were raised', () => {
  const ids = (groups: ReturnType<typeof duplicateGroups>) => groups.map((g) => g.members.map((m) => m.id.replace('linkedin:in/', '')));

  it('makes three David Martins flagged two by two one group of three, ordered by company', () => {
    const acme = person('dm-1', 'David Martin', { company: 'Acme', possibleDuplicates: ['linkedin:in/dm-2'] });
    const globex = person('dm-2', 'David Martin', { company: 'Globex', possibleDuplicates: ['linkedin:in/dm-3'] });
    const initech = person('dm-3', 'David Martin', { company: 'Initech' });
    const groups = duplicateGroups([initech, globex, acme]);
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe('David Martin');
    expect(ids(groups)).toEqual([['dm-1', 'dm-2', 'dm-3']]);
  });

  it('keeps separate people in separate groups, in name order, whichever side holds the flag', () => {
    const a = person('jean', 'Jean Petit', { possibleDuplicates: ['linkedin:in/jean-2'] });
    const b = person('jean-2', 'Jean Petit', { possibleDuplicates: ['linkedin:in/jean'] });
    const c = person('anne', 'Anne', { possibleDuplicates: ['linkedin:in/anne-2'] });
    const d = person('anne-2', 'Anne');
    expect(ids(duplicateGroups([b, d, a, c]))).toEqual([
      ['anne', 'anne-2'],
      ['jean', 'jean-2'],
    ]);
  });

  it('leaves out flags pointing at someone merged or erased since, and self-flags', () => {
    const a = person('a', 'A', { possibleDuplicates: ['linkedin:in/gone', 'linkedin:in/a'] });
    expect(duplicateGroups([a])).toEqual([]);
    expect(duplicateGroups([null as unknown as Contact, person('b', 'B', { possibleDuplicates: 'x' as unknown as string[] })])).toEqual([]);
  });

  it('tells members apart in words: company, else headline, else when first seen — never an id', () => {
    const seen = (at: number, minute: boolean) => `first seen ${new Date(at).toISOString().slice(0, minute ? 16 : 10)}`;
    const acme = person('dm-1', 'David Martin', { company: 'Acme', headline: 'CTO' });
    const acme2 = person('dm-2', 'David Martin', { company: 'Acme', headline: 'Data Scientist' });
    const globex = person('dm-3', 'David Martin', { company: 'Globex' });
    expect(distinction(globex, [acme, acme2, globex], seen)).toBe('Globex');
    expect(distinction(acme, [acme, acme2, globex], seen)).toBe('CTO');
    const old = person('jp-1', 'Jean Petit', { company: 'Hooli', headline: 'Designer', createdAt: T - 864e5 * 400 });
    const fresh = person('jp-2', 'Jean Petit', { company: 'Hooli', headline: 'Designer' });
    expect(distinction(old, [old, fresh], seen)).toBe('first seen 2024-02-06');
    expect(distinction(fresh, [old, fresh], seen)).toBe('first seen 2025-03-12');
    // Seen the same day: to the minute; the same minute: their place in the group.
    const later = person('jp-3', 'Jean Petit', { company: 'Hooli', headline: 'Designer', createdAt: T + 6e5 });
    expect(distinction(later, [fresh, later], seen)).toBe('first seen 2025-03-12T00:10');
    const twin = person('jp-4', 'Jean Petit', { company: 'Hooli', headline: 'Designer' });
    expect(distinction(twin, [fresh, twin], seen)).toBe('first seen 2025-03-12T00:00 · 2');
  });
});

describe('ledgerOf: what you gave and what you asked', () => {
  it('counts each asking message once, and each ask type it carries', () => {
    const l = ledgerOf([
      act('message-sent', { asks: ['job', 'intro'] }),
      act('message-sent', { asks: ['advice'] }),
      act('message-sent', { asks: ['none'] }),
      act('message-sent', { asks: ['update'] }),
      act('invite-sent', { asks: ['advice', 'advice'] }),
      act('message-received', { asks: ['job'] }),
      act('give', { giveKind: 'article' }),
      act('give', { giveKind: 'article' }),
      act('give'),
      act('received-give'),
    ]);
    expect(l.asked).toBe(3);
    expect(l.askedByType).toEqual({ job: 1, intro: 1, advice: 2 });
    expect(l.gave).toBe(3);
    expect(l.gaveByKind).toEqual({ article: 2, other: 1 });
    expect(l.received).toBe(1);
  });

  it('survives junk', () => {
    expect(ledgerOf([null, undefined, act('message-sent', { asks: 'job' as unknown as [] })])).toMatchObject({ asked: 0, gave: 0 });
    expect(ledgerOf(null as unknown as [])).toMatchObject({ asked: 0 });
  });
});

describe('dueByContact: what the table shows in its due column', () => {
  const item = (category: DueEntry['category'], contactId: string, writeTo: string): DueEntry => ({ category, contactId, writeTo, key: `${category}:${contactId}`, named: [] });
  it('puts an owed update on the recommender to write to, promises and keep-warm on the contact, in due-list order', () => {
    const map = dueByContact([item('keep-warm', 'marc', 'marc'), item('update', 'sophie', 'marc'), item('promise', 'sophie', 'sophie'), item('update', 'lea', 'marc')]);
    expect(map.get('marc')).toEqual(['update', 'keep-warm']);
    expect(map.get('sophie')).toEqual(['promise']);
    expect(map.has('lea')).toBe(false);
  });
});

describe('owedHighlights: who is marked on the graph', () => {
  it('marks a recommender due when any update to them is overdue, pending otherwise, with whom it is about', () => {
    const marks = owedHighlights([
      { recommenderId: 'marc', aboutContactId: 'sophie', due: false },
      { recommenderId: 'marc', aboutContactId: 'lea', due: true },
      { recommenderId: 'anne', aboutContactId: 'sophie', due: false },
      { recommenderId: 'anne', aboutContactId: 'sophie', due: false },
      null,
    ]);
    expect(marks.get('marc')).toEqual({ mark: 'due', about: ['sophie', 'lea'] });
    expect(marks.get('anne')).toEqual({ mark: 'pending', about: ['sophie'] });
    expect(marks.size).toBe(2);
  });
});

describe('form parsing', () => {
  it('a cadence is a whole number of days from 1 to 3650; empty clears it', () => {
    expect(parseCadence('')).toEqual({ ok: true, days: null });
    expect(parseCadence(' 45 ')).toEqual({ ok: true, days: 45 });
    for (const bad of ['0', '3651', '-3', '2.5', '1e3', 'abc', '٣']) expect(parseCadence(bad).ok).toBe(false);
  });

  it('a due date from the date field is that day at 9:00, local time', () => {
    const at = dueFromDateInput('2025-03-14')!;
    const d = new Date(at);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2025, 2, 14, 9]);
    expect(dueFromDateInput('')).toBeUndefined();
    expect(dueFromDateInput('14/03/2025')).toBeUndefined();
  });

  it('only a LinkedIn https profile becomes a link', () => {
    expect(safeProfileUrl('https://www.linkedin.com/in/marc/')).toBe('https://www.linkedin.com/in/marc/');
    for (const bad of ['javascript:alert(1)', 'http://www.linkedin.com/in/marc/', 'https://evil.com/in/marc', 'https://www.linkedin.com.evil.com/in/x', 'https://www.linkedin.com/feed/', undefined, ''])
      expect(safeProfileUrl(bad)).toBeUndefined();
  });
});
