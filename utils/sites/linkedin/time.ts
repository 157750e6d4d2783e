// LinkedIn's message dates, in English and French: day headings ("Today", "Aujourd’hui", "Yesterday",
// "Hier", "Monday", "lundi", "Mar 3", "3 mars", "Aug 23, 2023", "23 août 2023"), group times
// ("10:42 AM", "10:42") and the "Sent at 3/12/2026, 9:15 AM" indicator. Local time, like the page.
// Anything unclear gives undefined rather than a guess.

export interface Day {
  y: number;
  m: number; // 0–11
  d: number;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
  janv: 0, janvier: 0, fevr: 1, fev: 1, fevrier: 1, mars: 2, avr: 3, avril: 3, mai: 4, juin: 5, juil: 6, juillet: 6,
  aout: 7, septembre: 8, octobre: 9, novembre: 10, decembre: 11, dece: 11,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function dayOf(ms: number): Day {
  const d = new Date(ms);
  return { y: d.getFullYear(), m: d.getMonth(), d: d.getDate() };
}

function valid(y: number, m: number, d: number): Day | null {
  const t = new Date(y, m, d);
  return t.getFullYear() === y && t.getMonth() === m && t.getDate() === d ? { y, m, d } : null;
}

/** A day heading, resolved against `now` when it is relative; null when unclear. */
export function parseDayHeading(text: string, now?: number): Day | null {
  const t = fold(text);
  if (!t || t.length > 40) return null;
  const hasNow = typeof now === 'number' && Number.isFinite(now);
  if (t === 'today' || t === "aujourd'hui") return hasNow ? dayOf(now!) : null;
  if (t === 'yesterday' || t === 'hier') return hasNow ? dayOf(new Date(now!).setHours(12) - 86_400_000) : null;
  if (t in WEEKDAYS) {
    if (!hasNow) return null;
    // Weekday names cover the days before yesterday within the last week.
    const base = new Date(now!);
    base.setHours(12, 0, 0, 0);
    let back = (base.getDay() - WEEKDAYS[t] + 7) % 7;
    if (back === 0) back = 7;
    return dayOf(base.getTime() - back * 86_400_000);
  }
  // "Mar 3" / "Mar 3, 2023" / "March 3 2023"
  let m = /^([a-z]+) (\d{1,2})(?:,? (\d{4}))?$/.exec(t);
  let month: number | undefined;
  let day: number;
  let year: number | undefined;
  if (m && m[1] in MONTHS) {
    month = MONTHS[m[1]];
    day = Number(m[2]);
    year = m[3] ? Number(m[3]) : undefined;
  } else {
    // "3 mars" / "23 août 2023" / "1er mars"
    m = /^(\d{1,2})(?:er)? ([a-z]+)(?: (\d{4}))?$/.exec(t);
    if (!m || !(m[2] in MONTHS)) return null;
    month = MONTHS[m[2]];
    day = Number(m[1]);
    year = m[3] ? Number(m[3]) : undefined;
  }
  if (year === undefined) {
    if (!hasNow) return null;
    // Without a year the date is in the past year-window: this year, or last year if it would be in the future.
    const today = dayOf(now!);
    year = today.y;
    if (month > today.m || (month === today.m && day > today.d)) year -= 1;
  }
  return valid(year, month, day);
}

/** "10:42 AM", "10:42 PM", "22:05", "9 h 05" → minutes since midnight. */
export function parseTimeOfDay(text: string): { h: number; min: number } | null {
  const t = fold(text);
  const m = /^(\d{1,2})\s*(?::|h)\s*(\d{2})\s*(am|pm|a m|p m)?$/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ap = m[3]?.replace(' ', '');
  if (min > 59) return null;
  if (ap) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 'pm' ? 12 : 0);
  } else if (h > 23) return null;
  return { h, min };
}

export function combine(day: Day | null, time: { h: number; min: number } | null): number | undefined {
  if (!day || !time) return undefined;
  return new Date(day.y, day.m, day.d, time.h, time.min, 0, 0).getTime();
}

/** "Sent at 3/12/2026, 9:15 AM" (US order in English) / "Envoyé le 12/03/2026 à 09:15" (day first). */
export function parseSentAt(text: string): number | undefined {
  const t = fold(text);
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s*(?:a\s+)?(\d{1,2}\s*[:h]\s*\d{2}(?:\s*[ap] ?m)?)/.exec(t);
  if (!m) return undefined;
  const english = /\bsent\b/.test(t);
  const french = /\benvoye\b/.test(t);
  if (english === french) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const day = english ? valid(Number(m[3]), a - 1, b) : valid(Number(m[3]), b - 1, a);
  return combine(day, parseTimeOfDay(m[4]));
}

const SENT_EN = /^(.+?) sent the following messages? at (.+)$/i;
const SENT_FR = /^(.+?) a envoyé (?:le message suivant|les messages suivants) à (.+)$/i;

/** The visually-hidden group heading: who sent the group, and at what time. */
export function parseGroupHeading(text: string): { sender: string; time: string } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = SENT_EN.exec(t) ?? SENT_FR.exec(t);
  return m ? { sender: m[1].trim(), time: m[2].trim() } : null;
}
