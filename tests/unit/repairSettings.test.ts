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

  it('a setting added later (a whole chain of recommenders, the exchanges that make a regular) is its default until chosen, and mended alone', () => {
    const { remindWholeChain, keepInTouchMinExchanges, ...older } = DEFAULT_SETTINGS;
    expect(repairSettings(older)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(remindWholeChain).toBe(false);
    expect(keepInTouchMinExchanges).toBe(2);
    const mine = { ...DEFAULT_SETTINGS, remindWholeChain: true, keepInTouchMinExchanges: 0 };
    expect(repairSettings(mine).settings).toEqual(mine);
    const broken = repairSettings({ ...mine, remindWholeChain: 'yes', keepInTouchMinExchanges: 2.5 });
    expect(broken.repaired.sort()).toEqual(['keepInTouchMinExchanges', 'remindWholeChain']);
    expect(broken.settings).toEqual({ ...mine, remindWholeChain: false, keepInTouchMinExchanges: 2 });
    expect(repairSettings({ ...mine, keepInTouchMinExchanges: 101 }).repaired).toEqual(['keepInTouchMinExchanges']);
  });

  it.each([[null], ['garbage'], [42], [[1, 2]]])('gives the defaults for %j', (input) => {
    expect(repairSettings(input).settings).toEqual(DEFAULT_SETTINGS);
  });
});
