import { describe, expect, it } from 'vitest';
import { parseWholeNumber, SETTING_BOUNDS, toggleQuietDay } from '../../../components/options/fieldRules';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { repairSettings } from '../../../utils/settings/repairSettings';

describe('settings fields', () => {
  it('accepts whole numbers within bounds, and says why anything else is refused', () => {
    const b = { min: 1, max: 365 };
    expect(parseWholeNumber(' 45 ', b)).toEqual({ ok: true, value: 45 });
    expect(parseWholeNumber('', b)).toMatchObject({ ok: false, error: 'options.error.empty' });
    for (const bad of ['4.5', '-3', '1e3', '12 jours', '0x10', '+4']) expect(parseWholeNumber(bad, b), bad).toMatchObject({ ok: false, error: 'options.error.notWhole' });
    expect(parseWholeNumber('0', b)).toEqual({ ok: false, error: 'options.error.range', vars: { min: 1, max: 365 } });
    expect(parseWholeNumber('366', b)).toMatchObject({ ok: false, error: 'options.error.range' });
    expect(parseWholeNumber('99999999999999999999', b)).toMatchObject({ ok: false });
  });

  it('uses the bounds the stored settings are repaired with, so a saved value is never silently reset', () => {
    const patchFor = (field: keyof typeof SETTING_BOUNDS, n: number): Partial<Settings> =>
      field === 'cadenceDays' ? { cadenceDays: { ...DEFAULT_SETTINGS.cadenceDays, close: n } } : { [field]: n };
    const read = (s: Settings, field: keyof typeof SETTING_BOUNDS) => (field === 'cadenceDays' ? s.cadenceDays.close : s[field]);
    for (const [field, { min, max }] of Object.entries(SETTING_BOUNDS) as [keyof typeof SETTING_BOUNDS, { min: number; max: number }][]) {
      for (const n of [min, max]) expect(read(repairSettings({ ...DEFAULT_SETTINGS, ...patchFor(field, n) }).settings, field), `${field}=${n}`).toBe(n);
      for (const n of [min - 1, max + 1]) expect(repairSettings({ ...DEFAULT_SETTINGS, ...patchFor(field, n) }).repaired.length, `${field}=${n}`).toBeGreaterThan(0);
    }
  });

  it('ticks and unticks quiet days, sorted, but never all seven', () => {
    expect(toggleQuietDay([0, 6], 1, true)).toEqual([0, 1, 6]);
    expect(toggleQuietDay([0, 6], 6, false)).toEqual([0]);
    expect(toggleQuietDay([0, 1, 2, 3, 4, 5], 6, true)).toBeNull();
    expect(repairSettings({ ...DEFAULT_SETTINGS, quietDays: toggleQuietDay([0, 1, 2, 3, 4], 5, true) }).repaired).toEqual([]);
  });
});
