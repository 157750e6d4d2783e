// Dates of the export: every file has its own format (docs/linkedin-export.md):
//   Connections      08 Feb 2026                 (date only; `11/21/16, 9:04 AM` before 2020)
//   messages         2025-06-01 14:03:22 UTC
//   Invitations      1/29/26, 2:37 PM            (US order, no time zone: local time)
//   Endorsement_*    2024/02/01 15:02:55 UTC
//   Recommendations  03/14/24, 10:05 AM          (unverified: same shapes as Invitations, or ISO)
// A file re-saved by a spreadsheet may come back as 2026-02-08, 08/02/2026 14:37 or 29.01.2026, so
// every shape is accepted everywhere; what differs per file is the default: time zone, and the
// day/month order of numeric dates, which the whole column decides (a 29 in first place means
// day-first for every row of that file, never a guess row by row).

export type DayMonthOrder = 'mdy' | 'dmy';

export interface DateDefaults {
  /** Zone of times written without one. */
  zone: 'utc' | 'local';
  /** Order of ambiguous numeric dates (both parts ≤ 12) when the column says nothing else. */
  order: DayMonthOrder;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janv: 1, janvier: 1,
  feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2,
  mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avr: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juin: 6,
  jul: 7, july: 7, juil: 7, juillet: 7,
  aug: 8, august: 8, aou: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, decembre: 12,
};

const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?`;
const ZONE = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})${TIME}${ZONE}$`, 'i');
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})\.?[\s-]+([\p{L}]+)\.?,?[\s-]+(\d{4}|\d{2})${TIME}${ZONE}$`, 'iu');
const MONTH_NAME_DAY = new RegExp(String.raw`^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}${ZONE}$`, 'iu');

interface Parts {
  y: number;
  mo: number;
  d: number;
  time: (string | undefined)[];
  zone?: string;
}

/** The first two numbers of a numeric date, to let a whole column decide its day/month order. */
function numericPair(raw: string): [number, number] | null {
  const m = NUMERIC.exec(raw.trim());
  return m ? [Number(m[1]), Number(m[3])] : null;
}

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? (n < 70 ? 2000 : 1900) + n : n;
}

function monthFromName(name: string): number | undefined {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTHS[key];
}

function toParts(raw: string, order: DayMonthOrder): Parts | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(text);
  if (m) return { y: +m[1], mo: +m[2], d: +m[3], time: m.slice(4, 8), zone: m[8] };
  m = NUMERIC.exec(text);
  if (m) {
    let [a, b] = [+m[1], +m[3]];
    // Dotted dates (29.01.2026) are European; otherwise the column's order, unless a part > 12 says.
    const dayFirst = m[2] === '.' || a > 12 || (order === 'dmy' && b <= 12);
    if (dayFirst) [a, b] = [b, a];
    return { y: fullYear(m[4]), mo: a, d: b, time: m.slice(5, 9), zone: m[9] };
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const mo = monthFromName(m[2]);
    return mo ? { y: fullYear(m[3]), mo, d: +m[1], time: m.slice(4, 8), zone: m[8] } : null;
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const mo = monthFromName(m[1]);
    return mo ? { y: +m[3], mo, d: +m[2], time: m.slice(4, 8), zone: m[8] } : null;
  }
  return null;
}

/** Epoch ms of one export date, or undefined when it is not a date Relais can read for sure. */
export function parseExportDate(raw: string | undefined, defaults: DateDefaults): number | undefined {
  if (!raw || raw.length > 64) return undefined;
  const p = toParts(raw, defaults.order);
  if (!p) return undefined;
  const [hh, mi, ss, ampm] = p.time;
  let h = hh === undefined ? 0 : Number(hh);
  const min = mi === undefined ? 0 : Number(mi);
  const sec = ss === undefined ? 0 : Number(ss);
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    const pm = /^p/i.test(ampm);
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (p.y < 1990 || p.y > 2200 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || h > 23 || min > 59 || sec > 59) return undefined;
  let ms: number;
  const zone = p.zone?.toUpperCase();
  if (zone && zone !== 'Z' && zone !== 'UTC' && zone !== 'GMT') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[^0-9]/g, '');
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    ms = Date.UTC(p.y, p.mo - 1, p.d, h, min, sec) - offset * 60_000;
  } else if (zone || defaults.zone === 'utc') {
    ms = Date.UTC(p.y, p.mo - 1, p.d, h, min, sec);
  } else {
    ms = new Date(p.y, p.mo - 1, p.d, h, min, sec).getTime();
  }
  // Rejects 31 February and the like, which Date would silently roll over.
  const check = zone || defaults.zone === 'utc' ? new Date(Date.UTC(p.y, p.mo - 1, p.d)) : new Date(p.y, p.mo - 1, p.d);
  const day = zone || defaults.zone === 'utc' ? check.getUTCDate() : check.getDate();
  return day === p.d && Number.isFinite(ms) ? ms : undefined;
}

/**
 * The dates of one column of one file, read while the rows stream in (so no long task at the
 * end). Numeric dates that could be either order (02/03/2024) are kept raw and read once the whole
 * column is known, so that the file's own day/month order applies to every row.
 */
export class DateColumn {
  private readonly values: (number | undefined)[] = [];
  private readonly ambiguous = new Map<number, string>();
  private dayFirstSeen = false;
  private monthFirstSeen = false;
  /** A 12-hour clock (`3/4/17, 6:12 PM`) is LinkedIn's US format, month first. */
  private twelveHourSeen = false;

  constructor(private readonly defaults: DateDefaults) {}

  /** Reads a value (or keeps it for later); returns its index in {@link resolve}'s result. */
  add(value: string | undefined): number {
    const v = (value ?? '').trim();
    const index = this.values.length;
    const pair = v ? numericPair(v) : null;
    if (pair && !/^\d{1,2}\./.test(v)) {
      if (pair[0] > 12 && pair[1] <= 12) this.dayFirstSeen = true;
      if (pair[1] > 12 && pair[0] <= 12) this.monthFirstSeen = true;
      if (pair[0] <= 12 && pair[1] <= 12) this.ambiguous.set(index, v);
      if (/\d\s*[AaPp]\.?[Mm]\.?$/.test(v)) this.twelveHourSeen = true;
    }
    this.values.push(v ? parseExportDate(v, this.defaults) : undefined);
    return index;
  }

  /** The order this column's numeric dates are in. */
  order(): DayMonthOrder {
    if (this.dayFirstSeen && !this.monthFirstSeen) return 'dmy';
    if (this.monthFirstSeen && !this.dayFirstSeen) return 'mdy';
    if (!this.dayFirstSeen && !this.monthFirstSeen && this.twelveHourSeen) return 'mdy';
    return this.defaults.order;
  }

  resolve(): (number | undefined)[] {
    const order = this.order();
    if (order !== this.defaults.order) {
      const defaults = { ...this.defaults, order };
      for (const [i, v] of this.ambiguous) this.values[i] = parseExportDate(v, defaults);
    }
    return this.values;
  }
}
