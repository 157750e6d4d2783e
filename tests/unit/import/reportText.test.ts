import { describe, expect, it } from 'vitest';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { reportSections } from '../../../utils/import/linkedin-export/report/reportText';
import { freshDb } from '../db/testDb';
import { NOW, zipOfEra } from './helpers';

async function report2026() {
  const outcome = await runImport(freshDb(), [zipOfEra('2026')], { now: NOW });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.report;
}

describe('the import report, in both languages', () => {
  it('says what came in, what was left out and why, and what is recent', async () => {
    const report = await report2026();
    const en = reportSections(report, 'en');
    const text = en.flatMap((s) => [s.title, ...s.lines]).join('\n');
    expect(text).toContain('Messages: 5 sent, 5 received.');
    expect(text).toContain('Invitations: 2 sent, 1 received.');
    expect(text).toContain('Recommendations: 3 written, 1 received.');
    expect(text).toContain('Endorsements: 2 given, 1 received.');
    expect(text).toContain('2 connections with a hidden profile');
    expect(text).toContain('1 sponsored message');
    expect(text).toContain('1 name without a profile link that matched nobody');
    expect(en.find((s) => s.id === 'recent')?.title).toContain('30 days');
    expect(en.find((s) => s.id === 'older')?.lines).toContain('3 recommendations you wrote, outcome unknown');
  });

  it('in French, with French plurals and dates', async () => {
    const report = await report2026();
    const fr = reportSections(report, 'fr').flatMap((s) => [s.title, ...s.lines]).join('\n');
    expect(fr).toContain('Messages : 5 envoyés, 5 reçus.');
    expect(fr).toContain('1 message sponsorisé');
    expect(fr).toContain('2 relations au profil masqué');
    expect(fr).toMatch(/Historique du 21 nov\. 2018 au 1[23] juin 2026\./);
  });

  it('after a second import of the same archive, says everything was already there', async () => {
    const db = freshDb();
    await runImport(db, [zipOfEra('2026')], { now: NOW });
    const again = await runImport(db, [zipOfEra('2026')], { now: NOW });
    if (!again.ok) throw new Error(again.error.code);
    const text = reportSections(again.report, 'en').flatMap((s) => s.lines).join('\n');
    expect(text).toContain('Contacts: 0 new, 0 updated');
    expect(text).toMatch(/\d+ items were already in Relais from an earlier import\./);
  });
});
