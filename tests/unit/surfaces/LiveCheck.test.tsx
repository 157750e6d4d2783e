// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LiveCheck } from '../../../components/checklist/LiveCheck';
import type { TabState } from '../../../utils/background/tabState';
import type { RelaisDB } from '../../../utils/db/database';
import { checkConversation } from '../../../utils/engine/check/checkConversation';
import { freshDb } from '../db/testDb';
import { act, DAY, intro, NOW, person } from '../rules/fixtures';
import { mount } from './render';

const HOSTILE = 'Eve <img src=x onerror=alert(1)>';
const daniel = person('daniel', 'Daniel Okafor', { title: 'Data engineer', degree: 2 });
const marc = person('marc', HOSTILE, { degree: 1 });
const url = 'https://www.linkedin.com/messaging/thread/2-x/';
const draft = (text: string): TabState => ({
  status: { url, recognised: true, pageKind: 'thread', at: NOW - 1000 },
  draft: { surface: 'thread', text, recipients: [{ name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/daniel/' }], at: NOW },
});

let db: RelaisDB;
let unmount = () => {};
afterEach(async () => {
  unmount();
  await db?.delete();
});

async function show(lang: 'en' | 'fr', state: TabState) {
  const check = await checkConversation(db, { state }, undefined, NOW);
  const m = mount(<LiveCheck lang={lang} check={check} now={NOW} />);
  unmount = m.unmount;
  return m.root;
}

describe('the live check of the side panel', () => {
  it('shows the recommender and whether the draft names them, what it asks and why, owed updates, promises and the ledger', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([daniel, marc]);
    await db.introductions.add(intro(marc, daniel, NOW - 20 * DAY));
    await db.interactions.bulkAdd([act(daniel, 'outcome', NOW - 10 * DAY, { outcome: 'interview' }), act(daniel, 'give', NOW - 12 * DAY, { giveKind: 'article' })]);
    await db.nextSteps.add({ contactId: daniel.id, kind: 'promise', text: 'Send the dbt article', createdAt: NOW - 5 * DAY, due: NOW - DAY });
    const root = await show('en', draft('Could you refer me for the data engineer opening?'));
    const section = (name: string) => root.querySelector(`[data-section="${name}"]`)!.textContent ?? '';

    expect(section('recommended-by')).toContain(`${HOSTILE} — not named in your message`);
    expect(root.querySelector('img')).toBeNull();
    const ask = root.querySelector('[data-ask="referral"]')!;
    expect(ask.getAttribute('data-verdict')).toBe('beyond');
    expect(ask.textContent).toContain('Seen in: “refer me');
    expect(ask.textContent).toContain('Instead:');
    expect(section('owed')).toContain('has not heard how it went with Daniel Okafor: an interview on');
    expect(section('promises')).toContain('Promise — Send the dbt article');
    expect(section('reciprocity')).toContain('Asked 0, gave 1, received 0. This message asks for something too.');
  });

  it('shows what the draft promises, to be reminded of once sent', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([daniel]);
    const root = await show('en', draft('Thanks Daniel! I will send you the deck tomorrow.'));
    expect(root.querySelector('[data-section="promises"]')!.textContent).toContain('This message promises: “I will send you the deck tomorrow.”');
  });

  it('in French, and with no draft there is no "what it asks" section', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([daniel]);
    const root = await show('fr', { status: { url: 'https://www.linkedin.com/in/daniel/', recognised: true, pageKind: 'profile', at: NOW } });
    expect(root.querySelector('h2')!.textContent).toBe('À propos de Daniel Okafor');
    expect(root.textContent).toContain('Aucun message en cours.');
    expect(root.querySelector('[data-section="asks"]')).toBeNull();
    expect(root.textContent).toContain('Personne n’attend de nouvelles de vous ici.');
  });

  it('lists the other findings with their principle behind "Why?"', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([daniel]);
    await db.interactions.add(act(daniel, 'meeting', NOW - 3 * DAY));
    const root = await show('en', { status: { url: 'https://www.linkedin.com/in/daniel/', recognised: true, pageKind: 'profile', at: NOW } });
    const finding = root.querySelector('[data-rule="next-occasion-missing"]')!;
    expect(finding.textContent).toContain('no next occasion with Daniel Okafor is planned');
    expect(finding.querySelector('details summary')!.textContent).toBe('Why?');
    expect(finding.querySelector('.principle')!.textContent!.length).toBeGreaterThan(30);
  });
});
