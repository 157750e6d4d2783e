import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../utils/model/types';
import type { ContactFacts } from '../../../utils/import/linkedin-export/plan/contactFacts';
import { runImport } from '../../../utils/import/linkedin-export/runImport';
import { startSummary, type Exchanges } from '../../../utils/import/linkedin-export/start/startSummary';
import { freshDb } from '../db/testDb';
import { fixtureFiles } from './helpers';

const NOW = Date.UTC(2026, 11, 8, 12);
const DAY = 86_400_000;

function facts(id: string, name: string): ContactFacts {
  return { id, name, notes: [], possibleDuplicates: [] };
}

describe('the close circle offered after an import', () => {
  it('people exchanged with both ways, the most two-way first; ticked: two each way, in the last two years, five at most', () => {
    const people: [string, Exchanges][] = [
      ['a', { sent: 9, received: 8, lastAt: NOW - 10 * DAY }],
      ['b', { sent: 30, received: 2, lastAt: NOW - 5 * DAY }],
      ['c', { sent: 4, received: 4, lastAt: NOW - 900 * DAY }], // two-way, but three years ago
      ['d', { sent: 6, received: 0, lastAt: NOW - DAY }], // never answered: not offered
      ['e', { sent: 1, received: 1, lastAt: NOW - DAY }],
      ['f', { sent: 3, received: 3, lastAt: NOW - 40 * DAY }],
      ['g', { sent: 2, received: 5, lastAt: NOW - 70 * DAY }],
      ['h', { sent: 2, received: 2, lastAt: NOW - 80 * DAY }],
      ['i', { sent: 2, received: 2, lastAt: NOW - 90 * DAY }],
      ['k', { sent: 5, received: 5, lastAt: NOW - 2 * DAY }], // already in the circle
    ];
    const factsMap = new Map(people.map(([id]) => [id, facts(id, id.toUpperCase())]));
    const existing = new Map<string, Contact>([['k', { id: 'k', site: 'linkedin', name: 'K', aliases: [], tier: 'close', createdAt: 1, updatedAt: 1 }]]);
    const { circle } = startSummary(new Map(people), [], factsMap, existing, NOW);
    expect(circle.map((c) => c.contactId)).toEqual(['a', 'k', 'c', 'f', 'b', 'g', 'h', 'i', 'e']);
    expect(circle.filter((c) => c.preselected).map((c) => c.contactId)).toEqual(['a', 'f', 'b', 'g', 'h']);
    expect(circle.find((c) => c.contactId === 'k')).toMatchObject({ inCircle: true, preselected: false });
  });

  it('from a real-shaped export: the people of long two-way conversations are ticked, a recruiter never answered is not offered', async () => {
    const outcome = await runImport(freshDb(), fixtureFiles('demo'), { now: NOW });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const { circle, waiting, waitingTotal } = outcome.report.start;
    expect(circle.filter((c) => c.preselected).map((c) => c.name)).toEqual(['Sophie Martin', 'Marc Dupont', 'Léa Rousseau', 'Inès Benali', 'Omar Haddad']);
    expect(circle.map((c) => c.name)).not.toContain('Rita Gomez');
    expect(circle.find((c) => c.name === 'Sophie Martin')).toMatchObject({ company: 'Acme', title: 'VP Talent', sent: 5, received: 4 });
    // Waiting: the conversations that end with their message, newest first.
    expect(waiting.map((w) => w.name)).toEqual(['Inès Benali', 'Marc Dupont', 'Rita Gomez', 'Sophie Martin', 'Léa Rousseau', 'David Kim']);
    expect(waitingTotal).toBe(6);
    expect(waiting[0]).toMatchObject({ threadUrl: 'https://www.linkedin.com/messaging/thread/2-SU5FUy1ERU1P/' });
    expect(waiting[0].excerpt).toMatch(/^Alex, j'ai suivi vos conseils/);
  });

  it('a conversation that ended with their message is not waiting once the user wrote to them since, elsewhere', async () => {
    const csv =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-OLD,,Sophie Martin,https://www.linkedin.com/in/sophie-martin-42,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,2025-01-10 10:00:00 UTC,,Any news?,INBOX\n' +
      '2-NEW,,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,Sophie Martin,https://www.linkedin.com/in/sophie-martin-42,2025-06-01 10:00:00 UTC,,Here is my news.,INBOX\n' +
      '2-PAUL,,Paul Durand,https://www.linkedin.com/in/paul-durand,Alex Moreau,https://www.linkedin.com/in/alex-moreau-relais,2025-02-01 10:00:00 UTC,,Coffee?,INBOX\n';
    const outcome = await runImport(freshDb(), [new File([csv], 'messages.csv'), ...fixtureFiles('demo', ['Profile.csv'])], { now: NOW });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.report.start.waiting.map((w) => w.name)).toEqual(['Paul Durand']);
    // The report counts the same open conversations as the list shows.
    expect(outcome.report.openItems.older.unanswered).toBe(1);
  });
});
