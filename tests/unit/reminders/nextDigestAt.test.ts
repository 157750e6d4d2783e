import { describe, expect, it } from 'vitest';
import { nextDigestAt, utcTime } from '../../../utils/reminders/nextDigestAt';

const at = (iso: string) => Date.parse(iso);
const weekdays = { digestHour: 9, quietDays: [0, 6] };

describe('nextDigestAt: one digest a day at the chosen hour, never on quiet days', () => {
  it.each([
    ['Wednesday 08:00 → same day 09:00', '2026-11-25T08:00:00Z', '2026-11-25T09:00:00Z'],
    ['Wednesday 09:00 exactly → Thursday (this one is being sent)', '2026-11-25T09:00:00Z', '2026-11-26T09:00:00Z'],
    ['Wednesday 10:00 → Thursday 09:00', '2026-11-25T10:00:00Z', '2026-11-26T09:00:00Z'],
    ['Friday 10:00 → Monday 09:00 (weekend quiet)', '2026-11-27T10:00:00Z', '2026-11-30T09:00:00Z'],
    ['Saturday 08:00 → Monday 09:00', '2026-11-28T08:00:00Z', '2026-11-30T09:00:00Z'],
  ])('%s', (_label, now, expected) => {
    expect(nextDigestAt(at(now), weekdays, utcTime)).toBe(at(expected));
  });

  it('fires on weekends when the user has no quiet day', () => {
    expect(nextDigestAt(at('2026-11-27T10:00:00Z'), { digestHour: 9, quietDays: [] }, utcTime)).toBe(at('2026-11-28T09:00:00Z'));
  });

  it('honours a late hour', () => {
    expect(nextDigestAt(at('2026-11-25T22:00:00Z'), { digestHour: 23, quietDays: [] }, utcTime)).toBe(at('2026-11-25T23:00:00Z'));
  });
});
