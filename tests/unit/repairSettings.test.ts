import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/model/settings';
import { repairSettings } from '../../utils/settings/repairSettings';

describe('repairSettings: broken settings are mended field by field', () => {
  it('keeps every valid field the user chose', () => {
    const mine = { ...DEFAULT_SETTINGS, cadenceDays: { close: 14, regular: 60, weak: 365 }, digestHour: 18, language: 'fr' as const };
    expect(repairSettings(mine)).toEqual({ settings: mine, repaired: [] });
  });

  it('replaces only the damaged fields and says which', () => {
    const { settings, repaired } = repairSettings({
      ...DEFAULT_SETTINGS,
      cadenceDays: { close: 14, regular: -3, weak: 'often' },
      digestHour: 25,
      quietDays: [0, 0],
      language: 'de',
      dailyOutreachLimit: 20,
    });
    expect(settings.cadenceDays).toEqual({ close: 14, regular: DEFAULT_SETTINGS.cadenceDays.regular, weak: DEFAULT_SETTINGS.cadenceDays.weak });
    expect(settings.digestHour).toBe(DEFAULT_SETTINGS.digestHour);
    expect(settings.quietDays).toEqual(DEFAULT_SETTINGS.quietDays);
    expect(settings.language).toBe('auto');
    expect(settings.dailyOutreachLimit).toBe(20);
    expect(repaired.sort()).toEqual(['cadenceDays.regular', 'cadenceDays.weak', 'digestHour', 'language', 'quietDays']);
  });

  it.each([[null], ['garbage'], [42], [[1, 2]]])('gives the defaults for %j', (input) => {
    expect(repairSettings(input).settings).toEqual(DEFAULT_SETTINGS);
  });
});
