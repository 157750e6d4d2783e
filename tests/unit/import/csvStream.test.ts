import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CsvRowStream } from '../../../utils/import/linkedin-export/csv/csvRowStream';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { freshDb } from '../db/testDb';
import { csvFile, dump, fixtureText, NOW, zipFile } from './helpers';

const HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';

function row(content: string): string {
  return `2-A,,Sophie Martin,https://www.linkedin.com/in/sophie-martin-42,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,2026-06-01 10:00:00 UTC,,"${content}",INBOX\n`;
}

describe('CSV rows read piece by piece', () => {
  it('a row spread over thousands of pieces is scanned once, not once per piece', () => {
    const field = 'x'.repeat(999) + '""'; // an escaped quote at the end of each kilobyte
    const content = field.repeat(4000); // 4 MB in one quoted field
    const text = `a,"${content}",b\nc,d,e\n`;
    const rows: string[][] = [];
    const stream = new CsvRowStream(',', (r) => rows.push(...r), { maxRowChars: Infinity });
    for (let i = 0; i < text.length; i += 1000) stream.push(text.slice(i, i + 1000));
    stream.end();
    expect(rows).toHaveLength(2);
    expect(rows[0][1]).toHaveLength(4000 * 1000);
    expect(rows[0][1].endsWith('x"')).toBe(true);
    expect(rows[1]).toEqual(['c', 'd', 'e']);
    // Re-parsing the unfinished row at each piece would look at ~4,000 × 2 MB on average.
    expect(stream.examined).toBeLessThan(3 * text.length);
  });

  it('quotes, delimiters and line ends cut at every piece boundary read the same', () => {
    const text = 'a,"b ""q"", c",d\r\n"multi\r\nline",,"end"\r\n';
    const whole: string[][] = [];
    const once = new CsvRowStream(',', (r) => whole.push(...r));
    once.push(text);
    once.end();
    expect(whole).toEqual([
      ['a', 'b "q", c', 'd'],
      ['multi\nline', '', 'end'],
    ]);
    for (let size = 1; size < text.length; size++) {
      const rows: string[][] = [];
      const stream = new CsvRowStream(',', (r) => rows.push(...r));
      for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
      stream.end();
      expect(rows).toEqual(whole);
    }
  });

  it('a row of more than 1 MB stops the file with row-too-large, naming it, and changes nothing', async () => {
    const db = freshDb();
    const before = await dump(db);
    const outcome = await runImport(db, [csvFile('messages.csv', HEADER + row('Hello') + row('y'.repeat(1_100_000)))], { now: NOW });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'row-too-large', file: 'messages.csv' } });
    if (!outcome.ok) {
      expect(outcome.error.message.en).toContain('more than 1 MB');
      expect(outcome.error.message.fr).toContain('plus de 1 Mo');
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a small ZIP that inflates to one huge line leaves that file out and imports the rest', async () => {
    const huge = new Uint8Array(24 * 1024 * 1024).fill(0x79); // 24 MB of "y", no line end
    huge.set(strToU8(HEADER + '2-A,,Sophie,,Alex,,2026-06-01 10:00:00 UTC,,"'));
    const zip = zipFile({ 'messages.csv': huge, 'Profile.csv': strToU8(fixtureText('2026', 'Profile.csv')), 'Connections.csv': strToU8(fixtureText('2026', 'Connections.csv')) });
    expect(zip.size).toBeLessThan(256 * 1024);
    const db = freshDb();
    const outcome = await runImport(db, [zip], { now: NOW });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.leftOutFiles).toEqual([{ name: 'messages.csv', reason: 'row-too-large' }]);
    expect(outcome.report.files.map((f) => f.name).sort()).toEqual(['Connections.csv', 'Profile.csv']);
    expect(await db.contacts.get('linkedin:in/sophie-martin-42')).toBeDefined();
  });
});
