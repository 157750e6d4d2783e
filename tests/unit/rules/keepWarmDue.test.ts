import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import type { Contact } from '../../../utils/model/types';
import { keepWarm } from '../../../utils/rules/keep-warm';
import { keepWarmDue, type KeepWarmClock } from '../../../utils/rules/keepWarmDue';
import { clockAt, encodeBucket, entryOf } from '../../../utils/db/dueDigest/digestBucket';
import { at, context, DAY, NOW, person } from './fixtures';

const settings = (extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

/** The clock the due list reads for this record: encoded into a digest bucket as every write does, and read back. */
function clockFromDigest(c: Contact): KeepWarmClock {
  return clockAt(encodeBucket(0, new Map([[c.id, entryOf(c)]])), 0, c.id);
}

describe('keepWarmDue: when a keep-warm reminder is due', () => {
  const last = at(2024, 12, 4, 10); // a Wednesday
  const clock = (extra: Partial<KeepWarmClock> = {}): KeepWarmClock => ({ id: 'linkedin:in/sophie', last, createdAt: at(2024, 1, 1), ...extra });

  it.each<[string, Partial<KeepWarmClock>, number, Partial<Settings>, number | undefined]>([
    ['regular: 90 days on, due that day', {}, last + 90 * DAY, {}, last + 90 * DAY],
    ['not a millisecond before', {}, last + 90 * DAY - 1, {}, undefined],
    ['own cadence shorter than every tier’s', { cadenceDays: 7 }, last + 7 * DAY, {}, last + 7 * DAY],
    ['close tier', { tier: 'close' }, last + 30 * DAY, {}, last + 30 * DAY],
    ['a cadence of zero is no cadence: the tier’s', { cadenceDays: 0 }, last + 90 * DAY, {}, last + 90 * DAY],
    ['last exchange in the future: nothing', { last: NOW + DAY }, NOW, {}, undefined],
    ['no last exchange: nothing', { last: -Infinity }, NOW, {}, undefined],
    // 4 December + 101 days = Saturday 15 March: Monday 00:00 instead.
    ['on a quiet Saturday: Monday 00:00', { cadenceDays: 101 }, at(2025, 3, 17, 0), {}, at(2025, 3, 17, 0)],
    ['not yet on the Sunday', { cadenceDays: 101 }, at(2025, 3, 16, 23, 59), {}, undefined],
    ['no quiet day: that Saturday', { cadenceDays: 101 }, last + 101 * DAY, { quietDays: [] }, last + 101 * DAY],
  ])('%s', (_label, extra, now, s, dueAt) => {
    const due = keepWarmDue(clock(extra), settings(s), now);
    expect(due?.dueAt).toBe(dueAt);
    if (due) expect(due.key).toBe(`keep-warm:linkedin:in/sophie:${extra.last ?? last}`);
  });

  describe('imported history: only what came due within the window (30 days) raises a reminder', () => {
    const now = last + 200 * DAY; // came due 110 days ago
    it.each<[string, Partial<KeepWarmClock>, boolean]>([
      ['older than the record: imported, out of the window', { createdAt: last + DAY }, false],
      ['newer than the record: live history', { createdAt: last - DAY }, true],
      ['the row says imported, whatever the record', { createdAt: last - DAY, lastFromImport: true }, false],
      ['the row says captured, whatever the record', { createdAt: last + DAY, lastFromImport: false }, true],
      ['imported, but the user chose a tier', { createdAt: last + DAY, tier: 'regular' }, true],
      ['imported, but the user chose a cadence', { createdAt: last + DAY, cadenceDays: 90 }, true],
      ['a tier of null is no choice', { createdAt: last + DAY, tier: null }, false],
      ['a creation date that is not a number dates nothing', { createdAt: String(last + DAY) }, true],
    ])('%s', (_label, extra, due) => {
      expect(keepWarmDue(clock(extra), settings(), now) !== undefined).toBe(due);
    });

    it('within the window it is due', () => {
      expect(keepWarmDue(clock({ createdAt: last + DAY }), settings(), last + 100 * DAY)).toBeDefined();
      expect(keepWarmDue(clock({ createdAt: last + DAY }), settings({ importReminderWindowDays: 120 }), now)).toBeDefined();
    });
  });
});

describe('keepWarmDue and the keep-warm rule agree, contact by contact', () => {
  // Records as the due list meets them, odd values included: the rule reads the record, the due
  // list its digest (a few bytes per contact); both must reach the same date and key, or both nothing.
  const tiers = [undefined, 'close', 'regular', 'weak', null, 'best'] as const;
  const cadences = [undefined, 7, 12, 45, 400, 0, -5, Number.NaN, '30', 2.5];
  const contacts: Contact[] = [];
  for (let k = 0; k < 900; k++) {
    const c = person(`p${k}`, `Person ${k}`, {
      tier: tiers[k % tiers.length] as never,
      cadenceDays: cadences[k % cadences.length] as never,
      createdAt: NOW - ((k * 37) % 700) * DAY,
      lastInteractionAt: NOW - ((k * 53) % 800) * DAY - (k % 24) * 3_600_000,
    });
    if (k % 41 === 0) c.createdAt = 'yesterday' as never;
    contacts.push(c);
  }
  const SETTINGS: Partial<Settings>[] = [{}, { quietDays: [] }, { importReminderWindowDays: 0 }, { cadenceDays: { close: 10, regular: 61, weak: 100 }, quietDays: [1, 3] }];

  it.each(SETTINGS.map((s) => [JSON.stringify(s), s] as const))('with settings %s', (_label, s) => {
    let due = 0;
    for (const c of contacts) {
      // When a reminder is due, for everyone with a last exchange (whom it applies to: keptInTouch's tests).
      const [finding] = keepWarm(context({ contact: c, interactions: [], now: NOW, settings: { ...s, keepInTouchMinExchanges: 0 } }));
      const fromDigest = keepWarmDue(clockFromDigest(c), settings(s), NOW);
      expect(fromDigest && { dueAt: fromDigest.dueAt, key: fromDigest.key }, c.id).toEqual(finding && { dueAt: finding.dueAt, key: finding.key });
      if (finding) due += 1;
    }
    // Both outcomes are well represented.
    expect(due).toBeGreaterThan(100);
    expect(contacts.length - due).toBeGreaterThan(100);
  });
});
