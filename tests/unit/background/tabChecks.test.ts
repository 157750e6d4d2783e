import { describe, expect, it } from 'vitest';
import { createTabChecks, tabOfPortName, type StoredCheck } from '../../../utils/background/tabChecks';
import type { TabState } from '../../../utils/background/tabState';
import type { ConversationCheck } from '../../../utils/engine/check/types';

// The background checks each tab once per change and stores the result for the popup and the side
// panel. What a user would notice if this went wrong: a checklist for a draft they already
// changed (an older run stored last), a stale checklist after marking someone informed, or the
// background re-checking every tab on every keystroke.

const checkFor = (draft: string): ConversationCheck => ({
  page: { kind: 'conversation' },
  source: 'draft',
  draft: { text: draft, surface: 'thread', at: 0 },
  contacts: [],
});

function world() {
  const drafts = new Map<number, string>();
  const stored = new Map<number, StoredCheck>();
  const computed: string[] = [];
  let gate: Promise<void> | undefined;
  const checks = createTabChecks({
    now: () => 1000,
    compute: async (tabId) => {
      const text = drafts.get(tabId) ?? '';
      if (gate) await gate;
      computed.push(`${tabId}:${text}`);
      // The state is read when the run starts; a slow run stores what it read then.
      return { check: checkFor(text), state: {} as TabState };
    },
    store: async (tabId, value) => {
      if (value) stored.set(tabId, value);
      else stored.delete(tabId);
    },
    storedTabs: async () => [...stored.keys()],
  });
  return {
    checks,
    drafts,
    stored,
    computed,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

describe('tab checks computed once in the background', () => {
  it('stores the check of the draft being written', async () => {
    const w = world();
    w.drafts.set(7, 'Bonjour Daniel');
    await w.checks.refresh(7);
    expect(w.stored.get(7)?.check.draft?.text).toBe('Bonjour Daniel');
  });

  it('ends with the newest draft stored when drafts arrive during a slow check, running once more only', async () => {
    const w = world();
    w.drafts.set(7, 'v1');
    const release = w.hold();
    const first = w.checks.refresh(7);
    w.drafts.set(7, 'v2');
    const second = w.checks.refresh(7);
    w.drafts.set(7, 'v3');
    const third = w.checks.refresh(7);
    release();
    await Promise.all([first, second, third]);
    expect(w.stored.get(7)?.check.draft?.text).toBe('v3');
    expect(w.computed).toEqual(['7:v1', '7:v3']);
  });

  it('after a data change, re-checks the tabs a page shows and drops the others’ stored checks', async () => {
    const w = world();
    w.drafts.set(1, 'watched');
    w.drafts.set(2, 'not watched');
    await Promise.all([w.checks.refresh(1), w.checks.refresh(2)]);
    const unwatch = w.checks.watch(1);
    await w.checks.refresh(1);
    w.computed.length = 0;
    await w.checks.dataChanged();
    expect(w.computed).toEqual(['1:watched']);
    expect([...w.stored.keys()]).toEqual([1]);
    unwatch();
    unwatch(); // a second disconnect of the same port changes nothing
    expect(w.checks.isWatched(1)).toBe(false);
    await w.checks.dataChanged();
    expect(w.stored.size).toBe(0);
  });

  it('keeps a tab watched while any of its pages is open (popup and side panel together)', () => {
    const w = world();
    const popup = w.checks.watch(3);
    const panel = w.checks.watch(3);
    popup();
    expect(w.checks.isWatched(3)).toBe(true);
    panel();
    expect(w.checks.isWatched(3)).toBe(false);
  });

  it('survives a check that throws: nothing stored, the next one works', async () => {
    let fail = true;
    const stored = new Map<number, StoredCheck>();
    const checks = createTabChecks({
      now: () => 0,
      compute: async () => {
        if (fail) throw new Error('database blocked');
        return { check: checkFor('ok'), state: {} };
      },
      store: async (id, v) => void (v ? stored.set(id, v) : stored.delete(id)),
      storedTabs: async () => [...stored.keys()],
    });
    await checks.refresh(4);
    expect(stored.size).toBe(0);
    fail = false;
    await checks.refresh(4);
    expect(stored.get(4)?.check.draft?.text).toBe('ok');
  });
});

describe('the name of a page’s port to the background', () => {
  it('names one tab, and nothing else is accepted', () => {
    expect(tabOfPortName('relais-check:42')).toBe(42);
    for (const bad of ['relais-check:', 'relais-check:-1', 'relais-check:4.2', 'relais-check:1e3', 'relais-check:12345678901', 'other:4', '', undefined, 42, 'relais-check:42 '])
      expect(tabOfPortName(bad)).toBeUndefined();
  });
});
