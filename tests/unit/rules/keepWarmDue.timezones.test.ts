// keepWarmDue skips the calendar arithmetic for contacts a day or more from due (most of a large
// network). A local day is 23 to 25 hours, and Samoa once skipped a whole one: in those zones,
// around those changes, the reminder must still come due exactly when the calendar says, to the
// millisecond — never a day late because the shortcut guessed wrong.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { addLocalDays } from '../../../utils/rules/calendar';
import { keepWarmDue } from '../../../utils/rules/keepWarmDue';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const settings: Settings = { ...DEFAULT_SETTINGS, quietDays: [] };
const zoneBefore = process.env.TZ;
afterAll(() => {
  process.env.TZ = zoneBefore;
});

// Each zone with moments around its changes: spring forward, fall back, the skipped day.
const ZONES: [string, number[]][] = [
  ['Europe/Paris', [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]],
  ['America/Sao_Paulo', [Date.UTC(2018, 10, 4, 3), Date.UTC(2019, 1, 17, 2)]],
  ['Australia/Lord_Howe', [Date.UTC(2025, 3, 5, 15), Date.UTC(2025, 9, 4, 15)]],
  ['Pacific/Apia', [Date.UTC(2011, 11, 31, 10)]],
];
const CADENCES = [1, 2, 7, 30, 90, 180, 2.5];

describe.each(ZONES)('keepWarmDue in %s, around its clock changes', (zone, changes) => {
  it('is due from the first millisecond the calendar says, and not one before', () => {
    process.env.TZ = zone;
    // The zone is in force: one or two local days across a change are not 24 or 48 hours long.
    const off = changes.flatMap((c) => [1, 2].map((n) => addLocalDays(c - n * DAY, n) - (c - n * DAY) - n * DAY));
    expect(off.some((d) => d !== 0)).toBe(true);
    let checked = 0;
    for (const change of changes)
      for (const cadence of CADENCES)
        for (let h = -60; h <= 60; h += 1) {
          // Last exchanges an hour apart before the change, so that the due date falls on either side of it.
          const last = change - Math.ceil(cadence) * DAY + h * HOUR;
          const due = addLocalDays(last, cadence);
          const clock = { id: 'linkedin:in/x', last, tier: 'regular', cadenceDays: cadence };
          expect(keepWarmDue(clock, settings, due)?.dueAt, `${zone} cadence ${cadence} last ${new Date(last).toISOString()}`).toBe(due);
          expect(keepWarmDue(clock, settings, due - 1)).toBeUndefined();
          checked += 1;
        }
    expect(checked).toBe(changes.length * CADENCES.length * 121);
  });
});
