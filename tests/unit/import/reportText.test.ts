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
  it('writes the first of the month as French does, and leaves out the kinds the archive had none of', async () => {
    const { reportDay } = await import('../../../utils/import/linkedin-export/report/reportText');
    expect(reportDay('fr', new Date(2026, 11, 1, 12).getTime())).toBe('1er déc. 2026');
    expect(reportDay('fr', new Date(2026, 11, 2, 12).getTime())).toBe('2 déc. 2026');
    expect(reportDay('en', new Date(2026, 11, 1, 12).getTime())).toBe('1 Dec 2026');
    const report = await report2026();
    const lines = reportSections({ ...report, endorsements: { given: 0, received: 0 } }, 'en').flatMap((s) => s.lines);
    expect(lines.some((l) => l.startsWith('Endorsements'))).toBe(false);
  });

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
    // What the history leaves open is listed, never reminded, with how many are recent.
    const open = en.find((s) => s.id === 'open')!;
    expect(open.title).toBe('Still open in your history — listed for you, never turned into reminders');
    expect(open.lines).toEqual(['3 conversations end with their message (2 in the last 30 days)', '1 invitation waits for your answer', '3 recommendations you wrote, their outcome unknown']);
    expect(text).toContain('Contacts: 13 added (8 of them your LinkedIn connections).');
  });

  it('in French, with French plurals and dates', async () => {
    const report = await report2026();
    const fr = reportSections(report, 'fr').flatMap((s) => [s.title, ...s.lines]).join('\n');
    expect(fr).toContain('Messages : 5 envoyés, 5 reçus.');
    expect(fr).toContain('1 message sponsorisé');
    expect(fr).toContain('2 relations au profil masqué');
    expect(fr).toMatch(/Historique du 21 nov\. 2018 au 1[23] juin 2026\./);
    expect(fr).toContain('Contacts : 13 ajoutés (dont 8 de vos relations LinkedIn).');
    expect(fr).toContain('3 conversations se terminent par leur message (dont 2 ces 30 derniers jours)');
  });

  it('after a second import of the same archive, says everything was already there', async () => {
    const db = freshDb();
    await runImport(db, [zipOfEra('2026')], { now: NOW });
    const again = await runImport(db, [zipOfEra('2026')], { now: NOW });
    if (!again.ok) throw new Error(again.error.code);
    const text = reportSections(again.report, 'en').flatMap((s) => s.lines).join('\n');
    expect(text).toContain('Contacts: 0 added.');
    expect(text).toMatch(/\d+ items were already in Relais from an earlier import\./);
  });
});
