import { describe, expect, it } from 'vitest';
import { recordCapture } from '../../../utils/db/recordCapture';
import type { RelaisDB } from '../../../utils/db/database';
import type { Contact } from '../../../utils/model/types';
import { runImport, type RunImportOptions } from '../../../utils/import/linkedin-export/runImport';
import type { ImportReport } from '../../../utils/import/linkedin-export/report/report';
import { freshDb } from '../db/testDb';
import { dump, fixtureFiles, NOW, zipOfEra } from './helpers';

async function importOk(db: RelaisDB, files: File[], options: RunImportOptions = {}): Promise<ImportReport> {
  const outcome = await runImport(db, files, { now: NOW, ...options });
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return outcome.report;
}

const SOPHIE = 'linkedin:in/sophie-martin-42';
const SELF = 'linkedin:in/alex-moreau-relais';

async function interactionsOf(db: RelaisDB, contactId: string) {
  return db.interactions.where('contactId').equals(contactId).sortBy('at');
}

describe('importing an archive maps every record to the right person', () => {
  it('a 2026 ZIP: contacts, messages both ways, invitations, gives, recommendations, notes', async () => {
    const db = freshDb();
    const report = await importOk(db, [zipOfEra('2026')]);
    expect(await db.contacts.get(SELF)).toBeUndefined();
    const sophie = (await db.contacts.get(SOPHIE))!;
    expect(sophie).toMatchObject({ name: 'Sophie Martin', degree: 1, company: 'Acme', title: 'VP Talent', connectedAt: new Date(2019, 0, 12).getTime() });
    expect(sophie.notes).toBe('Met at VivaTech 2024.\nPrefers calls on Thursdays.');
    expect(sophie.lastReplyAt).toBe(Date.UTC(2021, 2, 3, 18, 40, 12));
    const rows = await interactionsOf(db, SOPHIE);
    expect(rows.map((r) => [r.kind, r.giveKind])).toEqual([
      ['message-sent', undefined],
      ['message-received', undefined],
      ['give', 'endorsement'],
      ['give', 'recommendation'],
      ['message-sent', undefined],
    ]);
    // The keep-in-touch clock is the latest interaction of any kind.
    expect(sophie.lastInteractionAt).toBe(rows.at(-1)!.at);
    expect(rows.every((r) => r.source === 'import')).toBe(true);
    expect(rows[0].threadUrl).toBe('https://www.linkedin.com/messaging/thread/2-QUFBQUFB/');

    const made = await db.recommendationsMade.where('candidateId').equals(SOPHIE).toArray();
    expect(made).toEqual([expect.objectContaining({ workedWith: true, outcome: 'no-news', source: 'import', at: new Date(2024, 2, 14, 10, 5).getTime() })]);
    expect((await interactionsOf(db, 'linkedin:in/paul-durand')).map((r) => r.kind)).toContain('received-give');
    expect((await interactionsOf(db, 'linkedin:in/marc-dupont-7')).map((r) => [r.kind, r.giveKind])).toContainEqual(['received-give', 'endorsement']);
    expect((await interactionsOf(db, 'linkedin:in/omar-haddad')).find((r) => r.kind === 'invite-sent')?.text).toBe('Hello Omar, great talk at the meetup!');
    expect((await interactionsOf(db, 'linkedin:in/hugo-blanc')).map((r) => [r.kind, r.surface])).toEqual([['message-received', 'invitation']]);

    expect(report).toMatchObject({
      messages: { sent: 5, received: 5 },
      invitations: { sent: 2, received: 1 },
      recommendations: { given: 3, received: 1 },
      endorsements: { given: 2, received: 1 },
      notes: 1,
      self: { name: 'Alex Moreau', identified: true },
    });
    expect(report.leftOut).toMatchObject({ sponsored: 1, linkedInMember: 1, hiddenProfiles: 2, unmatchedNames: 1, ambiguousNames: 1 });
    expect(report.contacts.created).toBe(await db.contacts.count());
  });

  it('a group message is stored once per recipient, each knowing the others, names paired with URLs', async () => {
    const db = freshDb();
    await importOk(db, fixtureFiles('2023'));
    const deck = await db.interactions.filter((i) => i.text === 'Hello both, as promised here is the deck.').toArray();
    expect(deck.map((d) => d.contactId).sort()).toEqual(['linkedin:in/anna-lee-7', 'linkedin:in/jane-doe-phd']);
    expect(deck.find((d) => d.contactId === 'linkedin:in/anna-lee-7')?.groupContactIds).toEqual(['linkedin:in/jane-doe-phd']);
    expect((await db.contacts.get('linkedin:in/anna-lee-7'))?.name).toBe('Anna Lee');
    expect((await db.contacts.get('linkedin:in/jane-doe-phd'))?.name).toBe('Jane Doe, PhD');
  });

  it('without Profile.csv the user is still told apart: the URL present in nearly every conversation', async () => {
    const db = freshDb();
    const report = await importOk(db, fixtureFiles('2023', ['messages.csv']));
    expect(report.self.identified).toBe(true);
    expect(await db.contacts.get(SELF)).toBeUndefined();
    expect((await interactionsOf(db, 'linkedin:in/paul-durand')).map((r) => r.kind)).toEqual(['message-received', 'message-sent']);
  });

  it('sent messages and invitation notes carry the asks the engine finds in them; received ones are not classified', async () => {
    const db = freshDb();
    await importOk(db, fixtureFiles('2021'));
    const [sent, received] = await interactionsOf(db, SOPHIE);
    expect(sent.kind).toBe('message-sent');
    expect(sent.asks).toContain('advice');
    expect(received.asks).toBeUndefined();
  });

  it('another classifier can be injected; it sees text with the HTML tags stripped', async () => {
    const db = freshDb();
    const seen: string[] = [];
    const html = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-H,,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,Chen Wei,https://www.linkedin.com/in/chen-wei-88,2025-01-01 10:00:00 UTC,,"<p>Could you <b>introduce</b> me to Ana?</p>",INBOX\n';
    await importOk(db, [new File([html], 'messages.csv'), ...fixtureFiles('2026', ['Profile.csv'])], {
      classifyAsks: (text) => {
        seen.push(text);
        return { asks: /introduce/.test(text) ? ['intro'] : ['none'] };
      },
    });
    expect(seen).toEqual(['Could you introduce me to Ana?\n']);
    const [row] = await interactionsOf(db, 'linkedin:in/chen-wei-88');
    expect(row.asks).toEqual(['intro']);
    expect(row.text).toBe('<p>Could you <b>introduce</b> me to Ana?</p>');
  });
});

describe('merging: idempotent, overlap-aware, never clobbering', () => {
  it('importing the same archive twice adds nothing', async () => {
    const db = freshDb();
    await importOk(db, [zipOfEra('2026')]);
    const first = await dump(db);
    const again = await importOk(db, [zipOfEra('2026')], { now: NOW + 3_600_000 });
    expect(await dump(db)).toEqual(first);
    expect(again.contacts).toMatchObject({ created: 0, updated: 0 });
    expect(again.messages).toEqual({ sent: 0, received: 0 });
    expect(again.alreadyPresent).toBe(first.interactions.length);
  });

  it('the same archive as a ZIP and as loose CSV files is the same import', async () => {
    const db = freshDb();
    await importOk(db, [zipOfEra('2026', { folder: 'Complete_LinkedInDataExport_06-15-2026' })]);
    const first = await dump(db);
    await importOk(db, fixtureFiles('2026'));
    expect(await dump(db)).toEqual(first);
  });

  it('a newer archive adds only what is new', async () => {
    const db = freshDb();
    await importOk(db, fixtureFiles('2021'));
    const sophieBefore = await interactionsOf(db, SOPHIE);
    expect(sophieBefore.map((r) => r.kind)).toEqual(['message-sent', 'message-received']);
    const report = await importOk(db, fixtureFiles('2023'));
    // 2023 repeats the three 2021 messages of Sophie and Paul, and adds Paul's reply and the group thread.
    expect(report.messages).toEqual({ sent: 2, received: 1 });
    expect(report.alreadyPresent).toBe(3);
    expect(await interactionsOf(db, SOPHIE)).toEqual(sophieBefore);
    expect((await interactionsOf(db, 'linkedin:in/paul-durand')).map((r) => r.kind)).toEqual(['message-received', 'message-sent']);
  });

  it('an older overlapping archive adds only what is missing, and does not roll back newer facts', async () => {
    const db = freshDb();
    await importOk(db, [zipOfEra('2026')]);
    const count = await db.interactions.count();
    const r2023 = await importOk(db, fixtureFiles('2023'));
    expect(await db.interactions.count()).toBe(count);
    expect(r2023.messages).toEqual({ sent: 0, received: 0 });
    // 2023 says "Senior Engineer", 2026 said "Staff Engineer": the older archive does not win.
    expect((await db.contacts.get('linkedin:in/paul-durand'))?.title).toBe('Staff Engineer');

    const r2021 = await importOk(db, fixtureFiles('2021'));
    // Only what 2026 did not hold: the message to Nina and the two 2021 invitations.
    expect(r2021.messages).toEqual({ sent: 1, received: 0 });
    expect(r2021.invitations).toEqual({ sent: 1, received: 1 });
    expect(await db.interactions.count()).toBe(count + 3);
    // Names of 2021 joined the people 2026 had named with URLs: no new contact for Sophie, Omar, Chen.
    expect(await db.contacts.get('linkedin:name/omar-haddad')).toBeUndefined();
    expect(await db.contacts.get('linkedin:name/sophie-martin')).toBeUndefined();
    expect((await interactionsOf(db, 'linkedin:name/nina-petrova')).map((r) => r.kind)).toEqual(['message-sent', 'give']);
  });

  it('a message already captured live is recognised (same person, same text once whitespace is normalised, minutes apart)', async () => {
    const db = freshDb();
    const liveAt = Date.UTC(2026, 5, 1, 10, 2, 30);
    await recordCapture(
      db,
      {
        captureId: 'cap_live_1',
        kind: 'message-sent',
        at: liveAt,
        text: 'Sophie, Marc sends his regards. Talk soon!\n',
        surface: 'thread',
        recipients: [{ name: 'Sophie Martin', profileUrl: '/in/sophie-martin-42/' }],
      },
      liveAt,
    );
    const report = await importOk(db, [zipOfEra('2026')]);
    expect(report.liveDuplicates).toBe(1);
    const june = (await interactionsOf(db, SOPHIE)).filter((r) => r.at > Date.UTC(2026, 4, 1));
    expect(june.map((r) => r.source)).toEqual(['capture']);
  });

  it('a live message with other text, or hours apart, is not mistaken for the imported one', async () => {
    const db = freshDb();
    for (const [id, at, text] of [
      ['cap_a', Date.UTC(2026, 5, 1, 10, 1), 'Something else entirely'],
      ['cap_b', Date.UTC(2026, 5, 1, 14, 0), 'Sophie, Marc sends his regards. Talk soon!'],
    ] as const)
      await recordCapture(db, { captureId: id, kind: 'message-sent', at, text, surface: 'thread', recipients: [{ name: 'Sophie Martin', profileUrl: '/in/sophie-martin-42/' }] }, at);
    const report = await importOk(db, [zipOfEra('2026')]);
    expect(report.liveDuplicates).toBe(0);
    expect((await interactionsOf(db, SOPHIE)).filter((r) => r.at > Date.UTC(2026, 4, 1))).toHaveLength(3);
  });

  it('never overwrites what the user set; notes go in when empty, or are appended once', async () => {
    const db = freshDb();
    const mine: Contact = {
      id: SOPHIE,
      site: 'linkedin',
      name: 'Sophie M.',
      aliases: [],
      tier: 'close',
      cadenceDays: 10,
      reachOverrides: { job: 'within' },
      workedWith: false,
      notes: 'Call her about the mentoring programme.',
      company: 'Acme Europe',
      lastSeenAt: NOW, // seen live after the archive was made (its newest row is 12 June)
      createdAt: 1,
      updatedAt: 1,
    };
    const paul: Contact = { id: 'linkedin:in/paul-durand', site: 'linkedin', name: 'Paul Durand', aliases: [], title: 'Intern', lastSeenAt: Date.UTC(2020, 0, 1), createdAt: 1, updatedAt: 1 };
    await db.contacts.bulkAdd([mine, paul]);
    await importOk(db, [zipOfEra('2026')]);
    const sophie = (await db.contacts.get(SOPHIE))!;
    expect(sophie).toMatchObject({ tier: 'close', cadenceDays: 10, reachOverrides: { job: 'within' }, workedWith: false, name: 'Sophie M.', company: 'Acme Europe' });
    expect(sophie.notes).toBe('Call her about the mentoring programme.\n\nMet at VivaTech 2024.\nPrefers calls on Thursdays.');
    // A page seen long before the archive is older news: the archive's title wins there.
    expect((await db.contacts.get('linkedin:in/paul-durand'))?.title).toBe('Staff Engineer');
    await importOk(db, [zipOfEra('2026')]);
    expect((await db.contacts.get(SOPHIE))?.notes).toBe(sophie.notes);
  });

  it('a name-only row joins the one known person of that name, else becomes a contact flagged for merging', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      { id: 'linkedin:in/marc-dupont-7', site: 'linkedin', name: 'Marc Dupont', aliases: [], createdAt: 1, updatedAt: 1 },
      { id: 'linkedin:in/david-martin-1', site: 'linkedin', name: 'David Martin', aliases: [], createdAt: 1, updatedAt: 1 },
      { id: 'linkedin:in/david-martin-paris', site: 'linkedin', name: 'David Martin', aliases: [], createdAt: 1, updatedAt: 1 },
    ]);
    const report = await importOk(db, fixtureFiles('2021', ['Connections.csv', 'Profile.csv']));
    expect((await db.contacts.get('linkedin:in/marc-dupont-7'))).toMatchObject({ degree: 1, company: 'Initech', connectedAt: new Date(2018, 10, 21).getTime() });
    expect(await db.contacts.get('linkedin:name/marc-dupont')).toBeUndefined();
    const david = (await db.contacts.get('linkedin:name/david-martin'))!;
    expect(david.possibleDuplicates?.sort()).toEqual(['linkedin:in/david-martin-1', 'linkedin:in/david-martin-paris']);
    expect((await db.contacts.get('linkedin:in/david-martin-1'))?.possibleDuplicates).toEqual(['linkedin:name/david-martin']);
    // Sophie, Paul, Nina: nobody knows them by URL yet.
    expect(report.leftOut.unmatchedNames).toBe(3);
    expect(report.leftOut.ambiguousNames).toBe(1);
    expect((await db.contacts.get('linkedin:name/nina-petrova'))?.name).toBe('Nina Petrova');
  });

  it('a member-id contact from a live capture keeps its imported history under the same person', async () => {
    const db = freshDb();
    await db.contacts.add({ id: SOPHIE, site: 'linkedin', name: 'Sophie Martin', aliases: ['linkedin:in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345'], createdAt: 1, updatedAt: 1 });
    const messages =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-Z,,Sophie Martin,https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ012345,Alex Moreau,2022-01-01 10:00:00 UTC,,Hello,INBOX\n';
    await importOk(db, [new File([messages], 'messages.csv'), ...fixtureFiles('2026', ['Profile.csv'])]);
    expect(await db.contacts.count()).toBe(1);
    expect((await interactionsOf(db, SOPHIE)).map((r) => r.kind)).toEqual(['message-received']);
  });
});

describe('history informs, it does not nag', () => {
  it('counts open items inside and outside the reminders window', async () => {
    const db = freshDb();
    const report = await importOk(db, [zipOfEra('2026')], { reminderWindowDays: 30 });
    expect(report.openItems.windowDays).toBe(30);
    // Recent: Marc (10 June) and Léa (21 May) wrote last; Hugo's invitation (5 June) waits.
    expect(report.openItems.recent).toEqual({ unanswered: 2, pendingInvitations: 1, recommendationOutcomes: 0 });
    // Older: Jane's 2023 thread; Sophie's 2021 one ended with hers, but the user wrote to her in 2026.
    expect(report.openItems.older).toEqual({ unanswered: 1, pendingInvitations: 0, recommendationOutcomes: 3 });
    const wide = await importOk(freshDb(), [zipOfEra('2026')], { reminderWindowDays: 3650 });
    expect(wide.openItems.older).toEqual({ unanswered: 0, pendingInvitations: 0, recommendationOutcomes: 0 });
  });

  it('every imported interaction says it was imported, so the rule engine can tell', async () => {
    const db = freshDb();
    await importOk(db, [zipOfEra('2026')]);
    const sources = new Set((await db.interactions.toArray()).map((i) => i.source));
    expect([...sources]).toEqual(['import']);
  });

  it('the period covered is the oldest and newest dated rows', async () => {
    const report = await importOk(freshDb(), [zipOfEra('2026')]);
    expect(report.period).toEqual({ from: new Date(2018, 10, 21).getTime(), to: new Date(2026, 5, 12, 23, 20).getTime() });
  });
});

describe('who the user is', () => {
  it('when nothing tells which side is the user, messages are left out rather than all taken as received', async () => {
    const db = freshDb();
    const one =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-A,,Sophie Martin,https://www.linkedin.com/in/sophie-martin-42,Alex Moreau,2021-03-03 18:40:12 UTC,,Hello,INBOX\n' +
      '2-A,,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,Sophie Martin,2021-03-04 08:00:00 UTC,,Hi!,INBOX\n';
    const report = await importOk(db, [new File([one], 'messages.csv')]);
    expect(report.self.identified).toBe(false);
    expect(report.leftOut.messagesWithoutSelf).toBe(2);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.contacts.get(SELF)).toBeUndefined();
  });

  it('the same conversation with Profile.csv is read the right way round', async () => {
    const db = freshDb();
    const one =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-A,,Sophie Martin,https://www.linkedin.com/in/sophie-martin-42,Alex Moreau,2021-03-03 18:40:12 UTC,,Hello,INBOX\n' +
      '2-A,,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,Sophie Martin,2021-03-04 08:00:00 UTC,,Hi!,INBOX\n';
    await importOk(db, [new File([one], 'messages.csv'), ...fixtureFiles('2026', ['Profile.csv'])]);
    expect((await interactionsOf(db, SOPHIE)).map((r) => r.kind)).toEqual(['message-received', 'message-sent']);
    expect(await db.contacts.get(SELF)).toBeUndefined();
  });
});
