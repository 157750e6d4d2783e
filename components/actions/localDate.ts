// <input type="date"> speaks 'YYYY-MM-DD' in the user's local calendar; the database speaks epoch ms.

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date of `at`, as an <input type="date"> value. */
export function dateValue(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** That day at `hour` local time; undefined for an empty, malformed or impossible date (31 February). */
export function fromDateValue(value: string, hour = 12): number | undefined {
  const m = DAY_VALUE.exec(typeof value === 'string' ? value : '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const at = new Date(y, mo, d, hour, 0, 0, 0);
  if (at.getFullYear() !== y || at.getMonth() !== mo || at.getDate() !== d) return undefined;
  return at.getTime();
}

/** When something that happened on that day happened: now for today (it keeps its hour), else midday. */
export function happenedAt(value: string, now: number): number | undefined {
  return value === dateValue(now) ? now : fromDateValue(value, 12);
}
