import { describe, expect, it } from 'vitest';
import { readExport } from '../../../utils/import/linkedin-export/read/readExport';
import { csvFile, fixtureBytes, fixtureFiles, fixtureText } from './helpers';

async function read(era: string, name: string) {
  return readExport([csvFile(name, fixtureBytes(era, name))]);
}

const local = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(y, m - 1, d, h, mi).getTime();

describe('Connections.csv in every era', () => {
  it('2020: header on the first line, no URL column, last row without newline', async () => {
    const a = await read('2020', 'Connections.csv');
    expect(a.connections.map((c) => c.person.name)).toEqual(['Sophie Martin', 'Paul Durand', 'Marc Dupont']);
    expect(a.connections.every((c) => c.person.id === undefined)).toBe(true);
    expect(a.connections[2]).toMatchObject({ company: 'Initech', title: 'CTO', connectedAt: local(2018, 11, 21) });
  });

  it('2021: the Notes preamble is skipped wherever the header is', async () => {
    const a = await read('2021', 'Connections.csv');
    expect(a.connections).toHaveLength(5);
    expect(a.connections.map((c) => c.person.name)).not.toContain('Notes:');
    expect(a.connections[0].connectedAt).toBe(local(2019, 1, 12));
  });

  it('2023: the URL column gives the same ids as the live capture, hidden rows are counted not kept', async () => {
    const a = await read('2023', 'Connections.csv');
    expect(a.connections.map((c) => c.person.id)).toEqual([
      'linkedin:in/sophie-martin-42',
      'linkedin:in/paul-durand',
      'linkedin:in/marc-dupont-7',
      'linkedin:in/jane-doe-phd',
    ]);
    expect(a.leftOut.hiddenProfiles).toBe(1);
    expect(a.connections[3].person.name).toBe('Jane Doe, PhD');
  });

  it('2026: percent-encoded accents, mixed case and trailing slashes normalise like live URLs', async () => {
    const a = await read('2026', 'Connections.csv');
    const ids = a.connections.map((c) => c.person.id);
    expect(ids).toContain('linkedin:in/léa-rousseau');
    expect(ids).toContain('linkedin:in/marc-dupont-7');
    expect(ids).toContain('linkedin:in/paul-durand');
    expect(a.leftOut.hiddenProfiles).toBe(2);
    expect(a.connections.find((c) => c.person.name === 'Omar Haddad')?.connectedAt).toBe(local(2024, 2, 1));
  });

  it('a spreadsheet re-save (BOM, CRLF, day-first numeric dates) reads the same people and dates', async () => {
    const a = await read('resaved', 'Connections.csv');
    expect(a.connections.map((c) => c.person.name)).toEqual(['Sophie Martin', 'Léa Rousseau', 'Omar Haddad']);
    // 29/01/2024 in the column makes every date of the file day-first: 12/01/2019 is 12 January.
    expect(a.connections[0].connectedAt).toBe(local(2019, 1, 12));
    expect(a.connections[1].connectedAt).toBe(local(2026, 2, 8));
    expect(a.connections[0].person.id).toBe('linkedin:in/sophie-martin-42');
  });

  it('a Connections file saved by a French spreadsheet (semicolons) is read too', async () => {
    const text = 'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nZoé;Faure;https://www.linkedin.com/in/zoe-faure;;Acme;CEO;08 Feb 2026\r\n';
    const a = await readExport([csvFile('Connections.csv', text)]);
    expect(a.connections).toEqual([{ person: { name: 'Zoé Faure', id: 'linkedin:in/zoe-faure', profileUrl: 'https://www.linkedin.com/in/zoe-faure/' }, company: 'Acme', title: 'CEO', connectedAt: local(2026, 2, 8) }]);
  });
});

describe('messages.csv in every era', () => {
  it('2021 (9 columns): sender URLs, recipients by name only, multi-line content kept', async () => {
    const a = await read('2021', 'messages.csv');
    expect(a.messages).toHaveLength(4);
    const [first] = a.messages;
    expect(first.from).toMatchObject({ name: 'Alex Moreau', id: 'linkedin:in/alex-moreau-relais' });
    expect(first.recipients).toEqual([]);
    expect(first.toNames).toBe('Sophie Martin');
    expect(first.at).toBe(Date.UTC(2021, 2, 2, 9, 15));
    expect(first.content).toBe("Bonjour Sophie,\nMarc Dupont m'a conseillé de vous écrire. Auriez-vous 20 minutes pour un conseil ?");
  });

  it('2023 (10 columns): several recipient URLs comma-joined without space are split by URL shape', async () => {
    const a = await read('2023', 'messages.csv');
    const deck = a.messages.find((m) => m.content.startsWith('Hello both'))!;
    expect(deck.recipients.map((r) => r.id)).toEqual(['linkedin:in/jane-doe-phd', 'linkedin:in/anna-lee-7']);
    expect(deck.toNames).toBe('Jane Doe, PhD, Anna Lee');
  });

  it('2025 (13 columns): drafts, SPAM, LinkedIn Member and sponsored campaigns are left out and counted', async () => {
    const a = await read('2025', 'messages.csv');
    expect(a.leftOut).toMatchObject({ drafts: 2, spam: 1, linkedInMember: 1, sponsored: 1 });
    const senders = a.messages.map((m) => m.from.name);
    expect(senders).not.toContain('Crypto King');
    expect(senders).not.toContain('Acme Recruiting');
    expect(senders).not.toContain('LinkedIn Member');
    expect(a.messages.some((m) => m.content.includes('%FIRSTNAME%'))).toBe(false);
    // HTML in CONTENT is kept as text, as written.
    const chen = a.messages.find((m) => m.from.name === 'Chen Wei')!;
    expect(chen.content).toContain('<b>VivaTech</b>');
    expect(chen.from.id).toBe('linkedin:in/chen-wei-88');
  });

  it('2026 (every field quoted, CRLF inside CONTENT): rows and line breaks survive', async () => {
    const a = await read('2026', 'messages.csv');
    expect(a.messages).toHaveLength(10);
    const lea = a.messages.find((m) => m.conversationId === '2-RUVFRUVF' && m.from.name === 'Alex Moreau')!;
    expect(lea.content).toBe("Bonjour Léa,\n\nMerci pour l'échange d'hier.\nJe vous envoie le lien vers l'étude demain.\n\nBelle journée,\nAlex");
    const reply = a.messages.find((m) => m.from.name === 'Léa Rousseau')!;
    expect(reply.content).toBe('Merci Alex, "super" échange.\nÀ bientôt');
    expect(reply.from.id).toBe('linkedin:in/léa-rousseau');
  });

  it('the same file cut at every possible chunk boundary reads the same (streamed parsing)', async () => {
    const text = fixtureText('2026', 'messages.csv');
    const whole = await readExport([csvFile('messages.csv', text)]);
    // Forcing tiny pieces through a ZIP-less Blob: re-read with a custom slice size by splitting the file.
    const { CsvRowStream } = await import('../../../utils/import/linkedin-export/csv/csvRowStream');
    for (const size of [1, 2, 7, 64]) {
      const rows: string[][] = [];
      const stream = new CsvRowStream(',', (r) => rows.push(...r));
      for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
      stream.end();
      expect(rows).toHaveLength(whole.files[0].rows + 1);
      expect(rows.at(-1)![0]).toBe('2-U1BPTlNQ');
    }
  });
});

describe('Invitations.csv', () => {
  it('2021: names only, US dates as local time, direction', async () => {
    const a = await read('2021', 'Invitations.csv');
    expect(a.invitations[0]).toMatchObject({
      direction: 'outgoing',
      from: { name: 'Alex Moreau' },
      to: { name: 'Omar Haddad' },
      at: local(2021, 3, 15, 9, 5),
      message: 'Bonjour Omar, ravi de vous avoir croisé à la conférence.',
    });
    expect(a.invitations[1]).toMatchObject({ direction: 'incoming', at: local(2021, 6, 2, 18, 30), message: '' });
  });

  it('2024: camelCase URL columns give both ends their ids', async () => {
    const a = await read('2024', 'Invitations.csv');
    expect(a.invitations[0].from.id).toBe('linkedin:in/alex-moreau-relais');
    expect(a.invitations[0].to.id).toBe('linkedin:in/omar-haddad');
    expect(a.invitations[0].at).toBe(local(2024, 1, 29, 14, 37));
  });

  it('a re-save with semicolons and day-first 24-hour dates reads the same invitations', async () => {
    const a = await read('resaved', 'Invitations.csv');
    expect(a.invitations.map((i) => i.at)).toEqual([local(2024, 1, 29, 14, 37), local(2024, 2, 2, 10, 12)]);
    expect(a.invitations[0].message).toBe('Hello Omar; great talk at the meetup!');
  });
});

describe('Recommendations, endorsements, profile, notes', () => {
  it('Recommendations_Given and _Received share a header: the file name tells them apart', async () => {
    const a = await readExport(fixtureFiles('2026', ['Recommendations_Given.csv', 'Recommendations_Received.csv']));
    expect(a.recommendationsGiven.map((r) => r.person.name)).toEqual(['Sophie Martin', 'Nina Petrova', 'David Martin']);
    expect(a.recommendationsGiven[0]).toMatchObject({ company: 'Acme', at: local(2024, 3, 14, 10, 5), text: 'Sophie is the most thoughtful recruiter I have worked with.\nShe listens first.' });
    expect(a.recommendationsReceived.map((r) => r.person.name)).toEqual(['Paul Durand']);
  });

  it('a recommendations file renamed to say neither given nor received is left out and reported', async () => {
    const a = await readExport([csvFile('recs (1).csv', fixtureText('2026', 'Recommendations_Given.csv')), csvFile('Profile.csv', fixtureText('2026', 'Profile.csv'))]);
    expect(a.recommendationsGiven).toEqual([]);
    expect(a.leftOut.unattributedRecommendations).toBe(1);
    expect(a.ignoredFiles).toContain('recs (1).csv');
  });

  it('endorsements: no URL before 2023; URLs without scheme after; both directions; UTC dates', async () => {
    const old = await read('2024', 'Endorsement_Given_Info.csv');
    expect(old.endorsementsGiven[0]).toMatchObject({ person: { name: 'Sophie Martin' }, skill: 'Recruiting', at: Date.UTC(2022, 10, 3, 8, 12, 40) });
    expect(old.endorsementsGiven[0].person.id).toBeUndefined();
    const a = await readExport(fixtureFiles('2026', ['Endorsement_Given_Info.csv', 'Endorsement_Received_Info.csv']));
    expect(a.endorsementsGiven.map((e) => e.person.id)).toEqual(['linkedin:in/sophie-martin-42', 'linkedin:in/omar-haddad']);
    expect(a.endorsementsReceived[0]).toMatchObject({ person: { name: 'Marc Dupont', id: 'linkedin:in/marc-dupont-7' }, skill: 'Product Management' });
  });

  it('Profile.csv gives the user name; Notes.csv the user notes, multi-line', async () => {
    const a = await readExport(fixtureFiles('2026', ['Profile.csv', 'Notes.csv']));
    expect(a.profile).toEqual({ name: 'Alex Moreau', headline: 'Product manager, mentoring career changers' });
    expect(a.notes).toEqual([
      { person: { name: 'Sophie Martin', id: 'linkedin:in/sophie-martin-42', profileUrl: 'https://www.linkedin.com/in/sophie-martin-42/' }, note: 'Met at VivaTech 2024.\nPrefers calls on Thursdays.', at: Date.UTC(2024, 5, 15, 9) },
    ]);
  });

  it('files Relais does not read are ignored quietly; header-only files add nothing', async () => {
    const a = await readExport(fixtureFiles('2026'));
    expect(a.ignoredFiles.sort()).toEqual(['Ad_Targeting.csv', 'Positions.csv']);
    expect(a.files.find((f) => f.name === 'guide_messages.csv')?.rows).toBe(0);
  });

  it('a file saved in Windows-1252 by a spreadsheet keeps its accents', async () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLéa,Rousseau,https://www.linkedin.com/in/lea-r,,Ministère,Cheffe,08 Feb 2026\n';
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const a = await readExport([csvFile('Connections.csv', latin1)]);
    expect(a.connections[0].person.name).toBe('Léa Rousseau');
    expect(a.connections[0].company).toBe('Ministère');
  });
});
