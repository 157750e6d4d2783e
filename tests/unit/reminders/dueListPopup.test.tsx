// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DueList } from '../../../components/due/DueList';
import { RelaisDB } from '../../../utils/db/database';
import type { DueItem } from '../../../utils/engine/dueItems';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DUE_SNAPSHOT_KEY, type DueSnapshot } from '../../../utils/reminders/dueSnapshot';
import { act as interaction, DAY, person } from '../rules/fixtures';

// The popup's due list comes from the snapshot the background keeps: shown at once, kept current,
// computed in the page only when the background has none to give.

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

const item = (k: number, reason = `Write to Person ${k}`): DueItem => ({
  category: 'keep-warm',
  finding: { rule: 'keep-warm', key: `keep-warm:linkedin:in/p${k}:${k}`, contactId: `linkedin:in/p${k}`, severity: 'low', dueAt: Date.now() - k * DAY, reason: { en: reason, fr: reason }, principle: { en: '', fr: '' } },
});
const snapshot = (at: number, total: number, items: DueItem[]): DueSnapshot => ({ at, total, counts: { update: 0, promise: 0, 'keep-warm': total }, items });
/** A database the list must not touch while the background's snapshot is there. */
const untouchable = new Proxy({} as RelaisDB, {
  get() {
    throw new Error('the popup read the database');
  },
});
const keys = () => [...root.querySelectorAll('li[data-due-key]')].map((li) => li.getAttribute('data-due-key'));
const more = () => root.querySelector('a')?.textContent;

describe('the popup’s due list', () => {
  it('shows the background’s snapshot without reading the database, follows newer ones and ignores older ones', async () => {
    const twelve = Array.from({ length: 12 }, (_, k) => item(k));
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 5_367, twelve) });
    act(() => render(<DueList lang="en" db={untouchable} settings={DEFAULT_SETTINGS} ready />, root));
    await vi.waitFor(() => expect(keys()).toEqual(twelve.map((i) => i.finding.key)));
    expect(more()).toBe('5355 more in the dashboard.');

    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() + 10, 3, twelve.slice(5, 8)) }));
    await vi.waitFor(() => expect(keys()).toEqual(twelve.slice(5, 8).map((i) => i.finding.key)));
    expect(more()).toBeUndefined();
    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() - 60_000, 12, twelve) }));
    expect(keys()).toHaveLength(3);
  });

  it('hides what the user just settled until the next snapshot, and counts it out', async () => {
    const items = [item(1), item(2), item(3)];
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 20, items) });
    const send = vi.fn(async () => ({ ok: true as const }));
    act(() => render(<DueList lang="fr" db={untouchable} settings={DEFAULT_SETTINGS} ready send={send} />, root));
    await vi.waitFor(() => expect(keys()).toHaveLength(3));
    expect(more()).toBe('Encore 17 dans le tableau de bord.');
    const dismiss = [...root.querySelectorAll(`li[data-due-key="${items[1].finding.key}"] button`)].find((b) => b.textContent === 'Ignorer') as HTMLButtonElement;
    await act(async () => dismiss.click());
    await vi.waitFor(() => expect(keys()).toEqual([items[0].finding.key, items[2].finding.key]));
    expect(send).toHaveBeenCalledWith('dismissDue', { key: items[1].finding.key });
    // One fewer in all, one fewer shown: as many still wait in the dashboard.
    expect(more()).toBe('Encore 17 dans le tableau de bord.');
    // The next snapshot, computed after it, says so too.
    await act(() => fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() + 5, 19, [items[0], items[2], item(4)]) }));
    await vi.waitFor(() => expect(keys()).toEqual([items[0], items[2], item(4)].map((i) => i.finding.key)));
    expect(more()).toBe('Encore 16 dans le tableau de bord.');
  });

  it('page text stays text', async () => {
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now(), 1, [item(1, '<img src=x onerror=alert(1)> Zoë')]) });
    act(() => render(<DueList lang="en" db={untouchable} settings={DEFAULT_SETTINGS} ready />, root));
    await vi.waitFor(() => expect(root.querySelector('.reason')?.textContent).toBe('<img src=x onerror=alert(1)> Zoë'));
    expect(root.querySelector('img')).toBeNull();
  });

  it('with no snapshot, or an old one the background does not renew, computes the list itself', async () => {
    const db = new RelaisDB(`relais-popup-${process.pid}-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    const anne = person('anne', 'Anne Martin', { tier: 'regular', lastInteractionAt: Date.now() - 200 * DAY, createdAt: Date.now() - 900 * DAY });
    await db.contacts.add(anne);
    await db.interactions.add(interaction(anne, 'message-sent', anne.lastInteractionAt!));
    act(() => render(<DueList lang="en" db={db} settings={{ ...DEFAULT_SETTINGS, quietDays: [] }} ready />, root));
    await vi.waitFor(() => expect(root.querySelector('.reason')?.textContent).toContain('Your last exchange with Anne Martin was 200 days ago'));

    render(null, root);
    // An hour-old snapshot: shown at once, then replaced by the list computed here when no new one comes.
    await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: snapshot(Date.now() - 3_600_000, 1, [item(7)]) });
    act(() => render(<DueList lang="en" db={db} settings={{ ...DEFAULT_SETTINGS, quietDays: [] }} ready />, root));
    await vi.waitFor(() => expect(keys()).toEqual([item(7).finding.key]));
    await vi.waitFor(() => expect(keys()).toEqual([`keep-warm:${anne.id}:${anne.lastInteractionAt}`]), { timeout: 5_000 });
  });
});
