import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RelaisDB } from '../../../utils/db/database';
import { identifySelf } from '../../../utils/import/linkedin-export/plan/identifySelf';
import { emptyArchive, type MessageRecord } from '../../../utils/import/linkedin-export/parse/archive';
import { reportSections } from '../../../utils/import/linkedin-export/report/reportText';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { freshDb } from '../db/testDb';
import { fixtureBytes, fixtureFiles, fixtureText, NOW, zipFile, zipOfEra } from './helpers';

async function importOk(db: RelaisDB, files: File[]) {
  const outcome = await runImport(db, files, { now: NOW });
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return outcome.report;
}

const local = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(y, m - 1, d, h, mi).getTime();

async function namesOf(db: RelaisDB) {
  return (await db.contacts.toArray()).map((c) => c.name).sort();
}

describe('a 2021 export where hidden accounts, and the owner, show as "LinkedIn Member"', () => {
  it('"LinkedIn Member" is neither the owner nor a contact; the real people are read the right way round', async () => {
    const db = freshDb();
    const report = await importOk(db, fixtureFiles('2021-linkedin-member'));
    expect(report.self.name).toBeUndefined();
    expect(report.self.identified).toBe(true);
    const names = await namesOf(db);
    expect(names).toEqual(['Nina Petrova', 'Paul Durand', 'Sophie Martin']);
    expect(names.every((n) => n.trim() !== '')).toBe(true);
    const sophie = await db.interactions.where('contactId').equals('linkedin:in/sophie-martin-42').sortBy('at');
    expect(sophie.map((r) => r.kind)).toEqual(['message-sent', 'message-received']);
    // The deleted account's two messages and the hidden one (a member id, named nowhere) are left out.
    expect(report.leftOut.linkedInMember).toBe(2);
    expect(await db.contacts.get('linkedin:in/ACoAAAxYzAbCdEfGhIjKlMnOpQrStUvWxYz0')).toBeUndefined();
    const text = reportSections(report, 'en').flatMap((s) => [s.title, ...s.lines]).join('\n');
    expect(text.toLowerCase()).not.toContain('linkedin member,');
  });

  it('a name count never elects "LinkedIn Member" as the owner when no URL says who it is', async () => {
    const archive = emptyArchive();
    const msg = (conversationId: string, from: string, to: string): MessageRecord => ({ conversationId, conversationTitle: '', from: { name: from }, recipients: [], toNames: to, at: 1, subject: '', content: 'x' });
    archive.messages.push(msg('a', 'Sophie Martin', 'LinkedIn Member'), msg('b', 'Paul Durand', 'LinkedIn Member'), msg('c', 'Nina Petrova', 'LinkedIn Member'));
    const self = await identifySelf(archive);
    expect(self.name).toBeUndefined();
  });
});

describe('a 2024 group message whose TO names are joined by a bare comma', () => {
  it('names are split with the recipient URLs, and no contact is ever created without a name', async () => {
    const db = freshDb();
    const report = await importOk(db, fixtureFiles('2024-group'));
    const contacts = await db.contacts.toArray();
    expect(contacts.every((c) => c.name.trim() !== '')).toBe(true);
    const byId = Object.fromEntries(contacts.map((c) => [c.id, c.name]));
    expect(byId).toEqual({
      'linkedin:in/jane-doe-phd': 'Jane Doe, PhD',
      'linkedin:in/anna-lee-7': 'Anna Lee',
      'linkedin:in/bob-stone-b2': 'Bob Stone',
      'linkedin:in/ACoAABBBbbbCCCcccDDDdddEEEeeeFFFfff01': 'Omar Haddad, MBA',
      'linkedin:in/léa-rousseau': 'Léa Rousseau, CFA',
    });
    const agenda = await db.interactions.filter((i) => i.text === 'Hello all, here is the agenda for Thursday.').toArray();
    expect(agenda.map((i) => i.contactId).sort()).toEqual(['linkedin:in/anna-lee-7', 'linkedin:in/bob-stone-b2', 'linkedin:in/jane-doe-phd']);
    expect(report.messages).toEqual({ sent: 2, received: 1 });
  });

  it('a recipient whose name cannot be told is left out of the message, not made a nameless contact', async () => {
    const db = freshDb();
    const text =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-X,,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,Anna Lee,"https://www.linkedin.com/in/anna-lee-7,https://www.linkedin.com/in/ghost-3",2024-04-02 08:30:00 UTC,,Hello,INBOX\n';
    const report = await importOk(db, [new File([text], 'messages.csv'), ...fixtureFiles('2026', ['Profile.csv'])]);
    expect(await namesOf(db)).toEqual(['Anna Lee']);
    expect(report.leftOut.namelessProfiles).toBe(1);
  });
});

describe('a 2018 export, with the pre-2020 Messages.csv layout', () => {
  it('the whole archive is imported: connections, messages both ways, invitations', async () => {
    const db = freshDb();
    const report = await importOk(db, [zipOfEra('2018', { name: 'Basic_LinkedInDataExport_05-20-2018.zip' })]);
    expect(report.files.map((f) => f.name).sort()).toEqual(['Connections.csv', 'Invitations.csv', 'Messages.csv', 'Profile.csv']);
    expect(report.leftOutFiles).toEqual([]);
    expect(report.self).toMatchObject({ name: 'Alex Moreau', identified: true });
    expect(report.messages).toEqual({ sent: 2, received: 2 });
    expect(report.invitations).toEqual({ sent: 1, received: 0 });
    const sophie = (await db.contacts.get('linkedin:name/sophie-martin'))!;
    expect(sophie).toMatchObject({ name: 'Sophie Martin', degree: 1, company: 'Acme', connectedAt: local(2016, 11, 21, 9, 4) });
    // "3/4/17, 6:12 PM": a 12-hour clock is the US order, 4 March.
    expect((await db.contacts.get('linkedin:name/paul-durand'))?.connectedAt).toBe(local(2017, 3, 4, 18, 12));
    const rows = await db.interactions.where('contactId').equals('linkedin:name/sophie-martin').sortBy('at');
    expect(rows.map((r) => [r.kind, r.at])).toEqual([
      ['message-sent', local(2018, 3, 2, 9, 15)],
      ['message-received', local(2018, 3, 3, 18, 40)],
    ]);
    expect(rows[0].threadUrl).toBeUndefined();
    expect(await db.contacts.get('linkedin:name/alex-moreau')).toBeUndefined();
  });

  it('a file in a layout Relais does not know is left out and named; the rest is imported in one write', async () => {
    const db = freshDb();
    const strange = 'Sender;Recipient;When;Body\nSophie Martin;Alex Moreau;2018-03-03;Hello\n';
    const zip = zipFile({
      'Messages.csv': strToU8(strange),
      'Connections.csv': fixtureBytes('2018', 'Connections.csv'),
      'Profile.csv': fixtureBytes('2018', 'Profile.csv'),
    });
    const report = await importOk(db, [zip]);
    expect(report.leftOutFiles).toEqual([{ name: 'Messages.csv', reason: 'unknown-header' }]);
    expect(await db.contacts.count()).toBe(3);
    const en = reportSections(report, 'en').flatMap((s) => s.lines).join('\n');
    const fr = reportSections(report, 'fr').flatMap((s) => s.lines).join('\n');
    expect(en).toContain('Messages.csv was left out');
    expect(fr).toContain('Messages.csv a été laissé de côté');
  });

  it('the 2018 messages file chosen on its own is read too', async () => {
    const db = freshDb();
    const report = await importOk(db, [new File([fixtureText('2018', 'Messages.csv')], 'Messages.csv')]);
    expect(report.messages).toEqual({ sent: 2, received: 2 });
    expect(report.self.identified).toBe(true);
  });
});
