import { describe, expect, it } from 'vitest';
import { hourLabel, weekdays } from '../../../components/options/calendarNames';

describe('day and hour names', () => {
  it('lists the week from Monday in each language, with the day numbers settings use (0 = Sunday)', () => {
    expect(weekdays('en')).toEqual([
      { day: 1, name: 'Monday' },
      { day: 2, name: 'Tuesday' },
      { day: 3, name: 'Wednesday' },
      { day: 4, name: 'Thursday' },
      { day: 5, name: 'Friday' },
      { day: 6, name: 'Saturday' },
      { day: 0, name: 'Sunday' },
    ]);
    expect(weekdays('fr').map((d) => d.name)).toEqual(['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']);
  });

  it('writes hours as each language does', () => {
    expect(hourLabel('fr', 9)).toBe('09:00');
    expect(hourLabel('fr', 18)).toBe('18:00');
    expect(hourLabel('en', 18)).toMatch(/^06:00\sPM$/);
  });
});
