import { describe, expect, it } from 'vitest';
import { keepWarm } from '../../../utils/rules/keep-warm';
import type { Settings } from '../../../utils/model/settings';
import type { Contact, Interaction } from '../../../utils/model/types';
import { act, at, context, DAY, expectReadable, person } from './fixtures';

// Last exchange on Wednesday 4 December 2024 at 10:00; regular cadence 90 days → Tuesday 4 March 2025.
const last = at(2024, 12, 4, 10);
const sophie = person('sophie', 'Sophie Martin', { company: 'Acme', createdAt: at(2024, 1, 1) });
const msg = act(sophie, 'message-sent', last);

function run(o: { contact?: Contact; interactions?: Interaction[]; now: number; settings?: Partial<Settings> }) {
  // When it is due, for someone it applies to whatever the exchanges (whom it applies to: below).
  return keepWarm(context({ contact: o.contact ?? sophie, interactions: o.interactions ?? [msg], now: o.now, settings: { keepInTouchMinExchanges: 0, ...o.settings } }));
}

describe('keep-warm: maintain rather than reconquer (seed 002)', () => {
  it.each<[string, { contact?: Contact; interactions?: Interaction[]; now: number; settings?: Partial<Settings> }, boolean]>([
    ['a day before the cadence', { now: last + 89 * DAY }, false],
    ['exactly at the cadence (90 days)', { now: last + 90 * DAY }, true],
    ['one millisecond before the cadence', { now: last + 90 * DAY - 1 }, false],
    ['long past the cadence', { now: last + 200 * DAY }, true],
    ['any interaction resets the clock: a reply last week', { interactions: [msg, act(sophie, 'message-received', last + 83 * DAY)], now: last + 90 * DAY }, false],
    ['a give resets it too', { interactions: [msg, act(sophie, 'give', last + 60 * DAY)], now: last + 100 * DAY }, false],
    ['the contact record’s clock counts even without the rows', { interactions: [], contact: { ...sophie, lastInteractionAt: last }, now: last + 90 * DAY }, true],
    ['a contact with no history: nothing to keep warm yet', { interactions: [], now: last + 900 * DAY }, false],
    ['close tier: 30 days', { contact: { ...sophie, tier: 'close' }, now: last + 30 * DAY }, true],
    ['weak tier: 180 days, not yet at 179', { contact: { ...sophie, tier: 'weak' }, now: last + 179 * DAY }, false],
    ['the contact’s own cadence overrides the tier', { contact: { ...sophie, tier: 'weak', cadenceDays: 14 }, now: last + 14 * DAY }, true],
    ['settings change the tier cadence (61 days: a Monday)', { now: last + 61 * DAY, settings: { cadenceDays: { close: 10, regular: 61, weak: 100 } } }, true],
  ])('%s → %s', (_label, o, expected) => {
    const found = run(o);
    expect(found.length > 0).toBe(expected);
    for (const f of found) {
      expectReadable(f, 'keep-warm');
      expect(f.action).toMatchObject({ kind: 'write-to', contactId: sophie.id });
      expect(f.dueAt).toBeLessThanOrEqual(o.now);
    }
  });

  describe('quiet days (weekend by default)', () => {
    // Last exchange on Thursday 5 December 2024 → due Wednesday 5 March… shift the cadence to land on a Saturday.
    const thursday = at(2024, 12, 5, 10);
    const saturdayDue = thursday + 100 * DAY; // Saturday 15 March 2025, 10:00
    const interactions = [act(sophie, 'message-sent', thursday)];
    const contact = { ...sophie, cadenceDays: 100 };

    it('the due date really falls on a Saturday here', () => {
      expect(new Date(saturdayDue).getDay()).toBe(6);
    });

    it('is not due on Saturday or Sunday; due from Monday 00:00', () => {
      expect(run({ contact, interactions, now: saturdayDue })).toEqual([]);
      expect(run({ contact, interactions, now: at(2025, 3, 16, 23, 59) })).toEqual([]);
      const [f] = run({ contact, interactions, now: at(2025, 3, 17, 0) });
      expect(f?.dueAt).toBe(at(2025, 3, 17, 0));
    });

    it('without quiet days it is due on Saturday', () => {
      expect(run({ contact, interactions, now: saturdayDue, settings: { quietDays: [] } })).toHaveLength(1);
    });

    it('every day quiet (a broken setting) does not hide it forever', () => {
      expect(run({ contact, interactions, now: saturdayDue, settings: { quietDays: [0, 1, 2, 3, 4, 5, 6] } })).toHaveLength(1);
    });
  });

  describe('imported history', () => {
    const importedAt = at(2025, 3, 1); // the day of the import: the contact record is created then
    const imported = (when: number) => act(sophie, 'message-sent', when, { source: 'import' });
    const contact = { ...sophie, createdAt: importedAt };
    const now = at(2025, 3, 12, 10);

    it.each<[string, Interaction[], Contact, boolean]>([
      ['an old imported exchange (due a year ago) raises nothing', [imported(now - 450 * DAY)], contact, false],
      ['an imported exchange that came due within the window does', [imported(now - 100 * DAY)], contact, true],
      ['an old imported exchange with a tier the user chose does', [imported(now - 450 * DAY)], { ...contact, tier: 'regular' }, true],
      ['without the rows, the record says the history predates it', [], { ...contact, lastInteractionAt: now - 450 * DAY }, false],
      ['a captured exchange since then counts as live history', [imported(now - 450 * DAY), act(sophie, 'message-sent', now - 95 * DAY)], contact, true],
    ])('%s', (_label, interactions, c, expected) => {
      expect(run({ contact: c, interactions, now }).length > 0).toBe(expected);
    });
  });

  it('says how long it has been, the rhythm, and a reason to write about them', () => {
    const [f] = run({ contact: { ...sophie, tier: 'regular' }, now: last + 95 * DAY });
    expect(f.reason.en).toContain('Your last exchange with Sophie Martin was 95 days ago (regular contacts: every 90 days).');
    expect(f.reason.en).toContain('Acme');
    expect(f.reason.fr).toContain('Votre dernier échange avec Sophie Martin remonte à 95 jours (contacts réguliers : tous les 90 jours).');
    const [own] = run({ contact: { ...sophie, cadenceDays: 14 }, now: last + 20 * DAY });
    expect(own.reason.en).toContain('your rhythm for Sophie Martin: every 14 days');
    // Under her name in the due list: rounded, and without the name again.
    expect(f.summary).toEqual({ en: 'Last exchange 3 months ago (regular contacts: every 90 days)', fr: 'Dernier échange il y a 3\u00a0mois (contacts réguliers : tous les 90 jours)' });
    expect(own.summary?.fr).toBe('Dernier échange il y a 2\u00a0semaines (votre rythme : tous les 14 jours)');
  });

  it('the key follows the last exchange: a new exchange starts a new cycle', () => {
    const a = run({ now: last + 95 * DAY });
    const later = act(sophie, 'message-received', last + 10 * DAY);
    const b = run({ interactions: [msg, later], now: last + 105 * DAY });
    expect(a[0].key).not.toBe(b[0].key);
  });

  describe('whom it applies to: the tiers the user chose, and the people they really talk with', () => {
    const now = last + 200 * DAY;
    const back = (n: number, m: number) => [
      ...Array.from({ length: n }, (_, k) => act(sophie, 'message-sent', last - (k + 1) * DAY)),
      ...Array.from({ length: m }, (_, k) => act(sophie, 'message-received', last - (k + 1) * DAY - 3_600_000)),
      msg,
    ];
    const applies = (o: { contact?: Contact; interactions: Interaction[]; min?: number }) =>
      keepWarm(context({ contact: o.contact ?? sophie, interactions: o.interactions, now, settings: o.min === undefined ? undefined : { keepInTouchMinExchanges: o.min } })).length > 0;

    it.each<[string, { contact?: Contact; interactions: Interaction[]; min?: number }, boolean]>([
      ['an imported connection never written to', { interactions: [] }, false],
      ['one message sent, no reply (the default asks 2 each way)', { interactions: [msg] }, false],
      ['a question and its answer: one each way', { interactions: back(0, 1) }, false],
      ['two each way', { interactions: back(1, 2) }, true],
      ['many sent, one reply', { interactions: back(8, 1) }, false],
      ['a meeting and a call count both ways', { interactions: [act(sophie, 'meeting', last - 9 * DAY), act(sophie, 'call', last)] }, true],
      ['a tier the user chose: always', { contact: { ...sophie, tier: 'weak' }, interactions: [msg] }, true],
      ['“regular” chosen on purpose counts as chosen', { contact: { ...sophie, tier: 'regular' }, interactions: [msg] }, true],
      ['a rhythm of their own: always', { contact: { ...sophie, cadenceDays: 120 }, interactions: [msg] }, true],
      ['the setting at 0: everyone you exchanged with', { interactions: [msg], min: 0 }, true],
      ['the setting at 5: two each way is not enough', { interactions: back(1, 2), min: 5 }, false],
    ])('%s → %s', (_label, o, expected) => expect(applies(o)).toBe(expected));

    it('someone outside the tiers is said to be someone you talk with, not a “regular contact”', () => {
      const [f] = keepWarm(context({ contact: sophie, interactions: back(1, 2), now }));
      expect(f.reason.en).toContain('(people you talk with: every 90 days)');
      expect(f.reason.fr).toContain('(personnes avec qui vous échangez : tous les 90 jours)');
    });

    it('uses the counts it is given instead of the history (the due list reads no history)', () => {
      const counted = (sent: number, received: number) =>
        keepWarm({ ...context({ contact: { ...sophie, lastInteractionAt: last }, interactions: [], now }), exchangesOf: () => ({ sent, received }) }).length > 0;
      expect(counted(2, 2)).toBe(true);
      expect(counted(5, 1)).toBe(false);
    });
  });
});
