import { describe, expect, it } from 'vitest';
import { readExport } from '../../../utils/import/linkedin-export/read/readExport';
import { reportSections } from '../../../utils/import/linkedin-export/report/reportText';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { freshDb } from '../db/testDb';
import { csvFile, fixtureText, NOW } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

/** The text in UTF-8 with one stray byte before the character at `strayAt`. */
function utf8With(text: string, strayAt: number): Uint8Array<ArrayBuffer> {
  const before = new TextEncoder().encode(text.slice(0, strayAt));
  const after = new TextEncoder().encode(text.slice(strayAt));
  const out = new Uint8Array(before.length + 1 + after.length);
  out.set(before);
  out[before.length] = 0xff; // never valid in UTF-8
  out.set(after, before.length + 1);
  return out;
}

describe('text encodings', () => {
  it('one stray byte in a UTF-8 file damages one character, not every accent of the file', async () => {
    const text = `${HEADER}Zoë,Núñez,https://www.linkedin.com/in/zoe-nunez,,Café Crème,Cheffe,08 Feb 2026\nLéa,Rousseau,https://www.linkedin.com/in/lea-r,,Ministère,Directrice,09 Feb 2026\n`;
    const at = text.indexOf('Directrice');
    const a = await readExport([csvFile('Connections.csv', utf8With(text, at))]);
    expect(a.connections.map((c) => c.person.name)).toEqual(['Zoë Núñez', 'Léa Rousseau']);
    expect(a.connections[0].company).toBe('Café Crème');
    expect(a.connections[1].title).toBe('\uFFFDDirectrice');
    expect(a.files[0]).toMatchObject({ name: 'Connections.csv', replacedCharacters: 1 });
    expect(a.files[0].encoding).toBeUndefined();
  });

  it('the report says how many characters could not be read, in both languages', async () => {
    const text = `${HEADER}Zoë,Núñez,https://www.linkedin.com/in/zoe-nunez,,Café,Cheffe,08 Feb 2026\n`;
    const outcome = await runImport(freshDb(), [csvFile('Connections.csv', utf8With(text, text.indexOf('Cheffe'))), csvFile('Profile.csv', fixtureText('2026', 'Profile.csv'))], { now: NOW });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const en = reportSections(outcome.report, 'en').flatMap((s) => s.lines).join('\n');
    const fr = reportSections(outcome.report, 'fr').flatMap((s) => s.lines).join('\n');
    expect(en).toContain('Connections.csv: 1 character was unreadable');
    expect(fr).toContain('Connections.csv : 1 caractère illisible');
  });

  it('a file re-saved in Windows-1252 is still read as Windows-1252', async () => {
    const text = `${HEADER}Zoë,Núñez,https://www.linkedin.com/in/zoe-nunez,,Café Crème,Cheffe,08 Feb 2026\n`;
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const a = await readExport([csvFile('Connections.csv', latin1)]);
    expect(a.connections[0].person.name).toBe('Zoë Núñez');
    expect(a.files[0].encoding).toBe('windows-1252');
    expect(a.files[0].replacedCharacters).toBeUndefined();
  });
});
