// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DueList } from '../../../components/due/DueList';
import { RelaisDB } from '../../../utils/db/database';
import type { DueCard } from '../../../utils/engine/dueListQuery';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DUE_SNAPSHOT_KEY, type DueSnapshot } from '../../../utils/reminders/dueSnapshot';
import { act as interaction, DAY, intro, person } from '../rules/fixtures';

// The popup's due list is today's: five people at most, from the snapshot the background keeps —
// shown at once, kept current, computed in the page only when the background has none to give.

let root: HTMLElement;
const dbs: RelaisDB[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  for (const db of dbs.splice(0)) await db.delete();
});

const card = (k: number, summary = `Last exchange ${k} months ago`): DueCard => ({
  contactId: `linkedin:in/p${k}`,
  name: `Person ${k}`,
  lead: 'keep-warm',
  dueAt: Date.now() - k * 30 * DAY,
  items: [
    {
      category: 'keep-warm',
      finding: {
        rule: 'keep-warm',
        key: `keep-warm:linkedin:in/p${k}:${k}`,
        contactId: `linkedin:in/p${k}`,
        severity: 'low',
        dueAt: Date.now() - k * 30 * DAY,
        reason: { en: summary, fr: summary },
        summary: { en: summary, fr: summary },
        details: { cadenceDays: 90 },
        principle: { en: '', fr: '' },
      },
    },
  ],
});
const snapshot = (at: number, total: number, cards: DueCard[]): DueSnapshot => ({ at, total, today: Math.min(5, total), counts: { update: 0, promise: 0, 'keep-warm': total }, cards });
/** A database the list must not touch while the background's snapshot is there. */
const untouchable = new Proxy({} as RelaisDB, {
  get() {
    throw new Error('the popup read the database');
  },
});
const people = () => [...root.querySelectorAll('li[data-due-person]')].map((li) => li.getAttribute('data-due-person'));
const all = () => root.querySelector('.due-all a')?.textContent;
const button = (person: string, label: string) => [...root.querySelectorAll(`li[data-due-person="${person}"] button`)].find((b) => b.textContent === label) as HTMLButtonElement;

describe('the popup’s due list', () => {
  it('shows today’s people from the background’s snapshot without reading the database, the rest behind “All (N)”', async () => {
    const five = Array.from({ length: 5 }, (_, k) => card(k + 1));
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 42, five) });
    act(() => render(<DueList lang="en" db={untouchable} settings={DEFAULT_SETTINGS} ready />, root));
    await vi.waitFor(() => expect(people()).toEqual(five.map((c) => c.contactId)));
    expect(all()).toBe('All (42)');
    expect(root.querySelector('.due-all')?.textContent).toBe('The rest can wait. All (42)');
    // The date stands in its own element beside the name, never glued to the sentence.
    const first = root.querySelector('li[data-due-person]')!;
    expect(first.querySelector('.due-name')?.textContent).toBe('Person 1');
    expect(first.querySelector('.due-when')?.textContent).toBe('due 4 weeks ago');
    expect(first.querySelector('[data-due-key]')?.textContent).toBe('Last exchange 1 months ago');
    expect([...first.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Done', 'In a week', 'Not needed']);

    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() + 10, 3, five.slice(2)) }));
    await vi.waitFor(() => expect(people()).toEqual(five.slice(2).map((c) => c.contactId)));
    expect(all()).toBeUndefined();
    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() - 60_000, 12, five) }));
    expect(people()).toHaveLength(3);
  });

  it('“Not needed” dismisses everything owed to that person, who stays hidden until the next snapshot', async () => {
    const cards = [card(1), card(2), card(3)];
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 20, cards) });
    const send = vi.fn(async () => ({ ok: true as const }));
    act(() => render(<DueList lang="fr" db={untouchable} settings={DEFAULT_SETTINGS} ready send={send} />, root));
    await vi.waitFor(() => expect(people()).toHaveLength(3));
    expect(all()).toBe('Tout (20)');
    await act(async () => button(cards[1].contactId, 'Pas nécessaire').click());
    await vi.waitFor(() => expect(people()).toEqual([cards[0].contactId, cards[2].contactId]));
    expect(send).toHaveBeenCalledWith('dismissDue', { key: cards[1].items[0].finding.key });
    expect(all()).toBe('Tout (19)');
    // "Dans une semaine": a snooze of seven days.
    await act(async () => button(cards[0].contactId, 'Dans une semaine').click());
    expect(send).toHaveBeenLastCalledWith('snoozeDue', { key: cards[0].items[0].finding.key, until: expect.any(Number) });
    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() + 5, 18, [cards[2], card(4)]) }));
    await vi.waitFor(() => expect(people()).toEqual([cards[2].contactId, card(4).contactId]));
  });

  it('a refusal says so and keeps the person', async () => {
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 1, [card(1)]) });
    const send = vi.fn(async () => ({ ok: false as const, error: 'unknown contact' }));
    act(() => render(<DueList lang="en" db={untouchable} settings={DEFAULT_SETTINGS} ready send={send} />, root));
    await vi.waitFor(() => expect(people()).toHaveLength(1));
    await act(async () => button(card(1).contactId, 'Done').click());
    await vi.waitFor(() => expect(root.querySelector('.action-status.failed')?.textContent).toBe('Not saved: unknown contact'));
    expect(people()).toHaveLength(1);
  });

  it('page text stays text', async () => {
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 1, [{ ...card(1, '<img src=x onerror=alert(1)> Zoë'), name: '<b>Zoë</b>' }]) });
    act(() => render(<DueList lang="en" db={untouchable} settings={DEFAULT_SETTINGS} ready />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-due-key]')?.textContent).toBe('<img src=x onerror=alert(1)> Zoë'));
    expect(root.querySelector('.due-name')?.textContent).toBe('<b>Zoë</b>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('with no snapshot, computes today’s list itself; “Write the update” shows the words to copy', async () => {
    const db = new RelaisDB(`relais-popup-${process.pid}-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    const now = Date.now();
    const marc = person('marc', 'Marc Dupont', { lastInteractionAt: now - 40 * DAY, createdAt: now - 900 * DAY });
    const daniel = person('daniel', 'Daniel Okafor', { lastInteractionAt: now - 10 * DAY, createdAt: now - 900 * DAY });
    await db.contacts.bulkAdd([marc, daniel]);
    await db.introductions.add(intro(marc, daniel, now - 40 * DAY));
    await db.interactions.bulkAdd([interaction(daniel, 'meeting', now - 12 * DAY), interaction(daniel, 'meeting', now - 10 * DAY)]);
    act(() => render(<DueList lang="fr" db={db} settings={{ ...DEFAULT_SETTINGS, quietDays: [] }} ready />, root));
    await vi.waitFor(() => expect(people()).toEqual([marc.id]), { timeout: 5_000 });
    const line = root.querySelector('[data-due-key]')!.textContent!;
    expect(line).toMatch(/^Lui dire où vous en êtes avec Daniel Okafor : 2 rendez-vous depuis le /);
    await act(async () => button(marc.id, 'Rédiger les nouvelles').click());
    const text = root.querySelector('.due-update-text')?.textContent ?? '';
    expect(text).toMatch(/^Bonjour Marc,\n\nJe voulais vous dire où en est mon échange avec Daniel Okafor\u00a0: nous avons eu 2 rendez-vous depuis le /);
    expect(root.querySelector('.due-update .copy-button')?.getAttribute('aria-label')).toBe('Copier les nouvelles pour Marc Dupont');
    expect(button(marc.id, 'Rédiger les nouvelles').getAttribute('aria-expanded')).toBe('true');
  });
});
