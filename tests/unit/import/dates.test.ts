import { describe, expect, it } from 'vitest';
import { DateColumn, parseExportDate } from '../../../utils/import/linkedin-export/parse/dates';

const utc = { zone: 'utc', order: 'mdy' } as const;
const localUs = { zone: 'local', order: 'mdy' } as const;

describe('export dates', () => {
  it("reads each file's own format", () => {
    expect(parseExportDate('2025-06-01 14:03:22 UTC', utc)).toBe(Date.UTC(2025, 5, 1, 14, 3, 22));
    expect(parseExportDate('2024/02/01 15:02:55 UTC', utc)).toBe(Date.UTC(2024, 1, 1, 15, 2, 55));
    expect(parseExportDate('1/29/26, 2:37 PM', localUs)).toBe(new Date(2026, 0, 29, 14, 37).getTime());
    expect(parseExportDate('03/14/24, 10:05 AM', localUs)).toBe(new Date(2024, 2, 14, 10, 5).getTime());
    expect(parseExportDate('08 Feb 2026', localUs)).toBe(new Date(2026, 1, 8).getTime());
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(parseExportDate('1/2/26, 12:15 AM', localUs)).toBe(new Date(2026, 0, 2, 0, 15).getTime());
    expect(parseExportDate('1/2/26, 12:15 PM', localUs)).toBe(new Date(2026, 0, 2, 12, 15).getTime());
  });

  it('takes an explicit zone over the file default', () => {
    expect(parseExportDate('2025-06-01T14:03:22+02:00', localUs)).toBe(Date.UTC(2025, 5, 1, 12, 3, 22));
    expect(parseExportDate('2025-06-01T14:03:22Z', localUs)).toBe(Date.UTC(2025, 5, 1, 14, 3, 22));
  });

  it('reads French month names and spreadsheet shapes', () => {
    expect(parseExportDate('8 févr. 2026', localUs)).toBe(new Date(2026, 1, 8).getTime());
    expect(parseExportDate('08-Feb-26', localUs)).toBe(new Date(2026, 1, 8).getTime());
    expect(parseExportDate('29.01.2026 14:37', localUs)).toBe(new Date(2026, 0, 29, 14, 37).getTime());
    expect(parseExportDate('Feb 8, 2026', localUs)).toBe(new Date(2026, 1, 8).getTime());
  });

  it('refuses what is not a real date instead of rolling it over', () => {
    for (const bad of ['', 'yesterday', '2026-02-31 10:00:00 UTC', '13/13/2026', '25:00', '2026-01-01 24:00:00 UTC', '1/2/26, 13:00 PM', 'x'.repeat(100)])
      expect(parseExportDate(bad, utc), bad).toBeUndefined();
  });

  it('lets the whole column decide the day/month order of numeric dates', () => {
    const col = new DateColumn(localUs);
    col.add('02/03/2024');
    col.add('29/01/2024');
    expect(col.order()).toBe('dmy');
    expect(col.resolve()).toEqual([new Date(2024, 2, 2).getTime(), new Date(2024, 0, 29).getTime()]);
    const us = new DateColumn(localUs);
    us.add('02/03/2024');
    expect(us.resolve()).toEqual([new Date(2024, 1, 3).getTime()]);
  });
});
