import { describe, expect, it } from 'vitest';
import { dateValue, fromDateValue, happenedAt } from '../../../components/actions/localDate';

describe('date inputs and the database', () => {
  const now = new Date(2025, 2, 12, 15, 42).getTime();

  it('shows the local calendar day and reads it back at the chosen local hour', () => {
    expect(dateValue(now)).toBe('2025-03-12');
    expect(fromDateValue('2025-03-20', 9)).toBe(new Date(2025, 2, 20, 9).getTime());
    expect(dateValue(fromDateValue('2025-12-31')!)).toBe('2025-12-31');
  });

  it('refuses empty, malformed and impossible dates', () => {
    for (const bad of ['', '2025-02-30', '2025-13-01', '12/03/2025', '2025-3-1', 'x'.repeat(1000)]) expect(fromDateValue(bad)).toBeUndefined();
  });

  it('something that happened today keeps its hour; another day is dated at midday', () => {
    expect(happenedAt('2025-03-12', now)).toBe(now);
    expect(happenedAt('2025-03-01', now)).toBe(new Date(2025, 2, 1, 12).getTime());
  });
});
