// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { QuickActions } from '../../../components/actions/QuickActions';
import type { Send } from '../../../components/actions/sendAction';
import type { RelaisDB } from '../../../utils/db/database';
import { checkConversation } from '../../../utils/engine/check/checkConversation';
import type { ContactCheck } from '../../../utils/engine/check/types';
import { freshDb } from '../db/testDb';
import { act as step, DAY, intro, NOW, person } from '../rules/fixtures';
import { mount, setValue, settle } from './render';

const daniel = person('daniel', 'Daniel Okafor', { degree: 2 });
const marc = person('marc', 'Marc Dupont');
const anne = person('anne', 'Anne Leroy');

let db: RelaisDB;
let unmount = () => {};
let sent: { type: string; data: unknown }[];
const send: Send = async (type, data) => {
  sent.push({ type, data });
  return type === 'setContactFields' && (data as { tier?: string }).tier === 'weak' ? { ok: false, error: 'refused for the test' } : { ok: true };
};

afterEach(async () => {
  unmount();
  await db?.delete();
});

async function show(lang: 'en' | 'fr' = 'en'): Promise<HTMLElement> {
  db = freshDb();
  sent = [];
  await db.contacts.bulkAdd([daniel, marc, anne]);
  await db.introductions.add(intro(marc, daniel, NOW - 20 * DAY));
  await db.interactions.add(step(daniel, 'meeting', NOW - 10 * DAY));
  const check = await checkConversation(db, { state: { status: { url: 'https://www.linkedin.com/in/daniel/', recognised: true, pageKind: 'profile', at: NOW } } }, undefined, NOW);
  const m = mount(<QuickActions lang={lang} db={db} check={check.contacts[0] as ContactCheck} now={NOW} send={send} />);
  unmount = m.unmount;
  return m.root;
}

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const labelled = <T extends HTMLElement>(root: HTMLElement, text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text)!;
  return root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`)!;
};

describe('quick actions for the contact of the tab', () => {
  it('every control has a label and every id is unique', async () => {
    const root = await show();
    for (const c of root.querySelectorAll<HTMLInputElement>('input, select')) expect(root.querySelector(`label[for="${CSS.escape(c.id)}"]`), c.outerHTML).not.toBeNull();
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('logs an outcome with the chosen kind and date', async () => {
    const root = await show();
    setValue(labelled<HTMLSelectElement>(root, 'Outcome'), 'offer', 'change');
    setValue(labelled<HTMLInputElement>(root, 'Date'), '2025-03-01');
    button(root, 'Log it').click();
    await settle();
    expect(sent).toEqual([{ type: 'logOutcome', data: { contactId: daniel.id, outcome: 'offer', at: new Date(2025, 2, 1, 12).getTime() } }]);
    expect(root.textContent).toContain('Saved.');
  });

  it('marks the recommender informed, by the owed update shown', async () => {
    const root = await show();
    button(root, 'I told Marc Dupont about Daniel Okafor').click();
    await settle();
    expect(sent).toEqual([{ type: 'markInformed', data: { recommenderId: marc.id, aboutContactId: daniel.id } }]);
  });

  it('adds a next step due on the chosen day in the morning, and will not send an empty one', async () => {
    const root = await show();
    button(root, 'Add').click();
    await settle();
    expect(sent).toEqual([]);
    setValue(labelled<HTMLInputElement>(root, 'What'), '  Send him the article  ');
    setValue(labelled<HTMLSelectElement>(root, 'Kind'), 'promise', 'change');
    setValue(labelled<HTMLInputElement>(root, 'By'), '2025-03-20');
    root.querySelector<HTMLFormElement>('form:has(#' + CSS.escape(labelled(root, 'What').id) + ')')!.requestSubmit();
    await settle();
    expect(sent).toEqual([{ type: 'addNextStep', data: { contactId: daniel.id, text: 'Send him the article', due: new Date(2025, 2, 20, 9).getTime(), kind: 'promise' } }]);
  });

  it('sets worked-with, tier and a reach override; a refusal is shown, not swallowed', async () => {
    const root = await show();
    const worked = labelled<HTMLInputElement>(root, 'I worked with Daniel Okafor');
    worked.checked = true;
    worked.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    setValue(labelled<HTMLSelectElement>(root, 'A job'), 'within', 'change');
    await settle();
    setValue(labelled<HTMLSelectElement>(root, 'Tier'), 'weak', 'change');
    await settle();
    expect(sent).toEqual([
      { type: 'setContactFields', data: { contactId: daniel.id, workedWith: true } },
      { type: 'setContactFields', data: { contactId: daniel.id, reachOverrides: { job: 'within' } } },
      { type: 'setContactFields', data: { contactId: daniel.id, tier: 'weak' } },
    ]);
    expect(root.textContent).toContain('Not saved: refused for the test');
  });

  it('changes the recommender: search by any part of the name, pick, or remove', async () => {
    const root = await show('fr');
    expect(root.textContent).toContain('Actuellement : Marc Dupont');
    // "o" is in every name: Daniel himself is not offered as his own recommender.
    setValue(labelled<HTMLInputElement>(root, 'Chercher parmi vos contacts'), 'O');
    for (let k = 0; k < 50 && !button(root, 'Recommandé par Anne Leroy'); k++) await settle(20);
    expect([...root.querySelectorAll('.results button')].map((b) => b.textContent)).toEqual(['Recommandé par Anne Leroy', 'Recommandé par Marc Dupont']);
    button(root, 'Recommandé par Anne Leroy').click();
    await settle();
    button(root, 'Retirer le recommandeur').click();
    await settle();
    expect(sent).toEqual([
      { type: 'setRecommender', data: { contactId: daniel.id, recommenderId: anne.id } },
      { type: 'setRecommender', data: { contactId: daniel.id, recommenderId: null } },
    ]);
  });
});
