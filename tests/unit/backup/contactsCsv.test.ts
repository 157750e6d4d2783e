import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { activityByContact, contactsCsv, csvCell } from '../../../utils/backup/contactsCsv';
import { exportContactsCsv } from '../../../utils/backup/exportContactsCsv';
import type { Contact } from '../../../utils/model/types';
import { freshDb } from '../db/testDb';

const contact = (over: Partial<Contact>): Contact => ({ id: 'linkedin:in/x', site: 'linkedin', name: 'X', aliases: [], createdAt: 0, updatedAt: 0, ...over });
const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { header: false, delimiter: ',' }).data;

describe('CSV export of contacts', () => {
  it('keeps commas, quotes, line breaks and accents inside their cell', () => {
    const csv = contactsCsv(
      [contact({ name: 'Dupont, "Marc"', headline: 'CTO\nSociété Générale', company: 'Ça & Cie' })],
      new Map(),
      'en',
    );
    const [header, row] = parse(csv);
    expect(header).toEqual(['Name', 'Profile URL', 'Headline', 'Company', 'Tier', 'Last interaction', 'Interactions']);
    expect(row.slice(0, 4)).toEqual(['Dupont, "Marc"', '', 'CTO\nSociété Générale', 'Ça & Cie']);
    expect(csv.split('\r\n').length).toBe(3);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const hostile of ['=HYPERLINK("http://evil","x")', '+33 6 12', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1'])
      expect(parse(csvCell(hostile))[0][0], hostile).toBe(`'${hostile}`);
    expect(csvCell('Marc = friend')).toBe('Marc = friend');
    expect(csvCell(12)).toBe('12');
  });

  it('gives each contact its number of interactions and the last one, counting those filed under an alias', () => {
    const a = contact({ id: 'linkedin:in/a', name: 'Anne', aliases: ['linkedin:in/ACoAAA0000000000'], tier: 'close', profileUrl: 'https://www.linkedin.com/in/a/' });
    const b = contact({ id: 'linkedin:in/b', name: 'Bruno' });
    const at = Date.UTC(2026, 2, 4, 9, 30);
    const activity = activityByContact([a, b], [
      ['linkedin:in/a', at - 1000],
      ['linkedin:in/ACoAAA0000000000', at],
    ]);
    const rows = parse(contactsCsv([a, b], activity, 'fr'));
    expect(rows[0][0]).toBe('Nom');
    expect(rows[1]).toEqual(['Anne', 'https://www.linkedin.com/in/a/', '', '', 'proche', '2026-03-04 09:30 UTC', '2']);
    expect(rows[2]).toEqual(['Bruno', '', '', '', '', '', '0']);
  });

  it('exports every contact of the database, sorted by name', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([contact({ id: 'linkedin:in/z', name: 'Zoë' }), contact({ id: 'linkedin:in/b', name: 'Bruno' })]);
    await db.interactions.add({ key: 'k1', contactId: 'linkedin:in/z', kind: 'message-sent', at: 5, site: 'linkedin', source: 'capture' });
    const out = await exportContactsCsv(db, 'en', Date.UTC(2026, 0, 15, 12));
    expect(out.fileName).toBe('relais-contacts-2026-01-15.csv');
    expect(out.count).toBe(2);
    expect(parse(out.text).slice(1).map((r) => [r[0], r[6]])).toEqual([
      ['Bruno', '0'],
      ['Zoë', '1'],
    ]);
  });
});
