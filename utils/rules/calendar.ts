export const DAY = 86_400_000;

/**
 * A computed reminder that falls on a quiet day (the weekend by default) moves to the start of the
 * next day that is not quiet, in the user's local time. Settings that make every day quiet leave
 * the date as it is rather than looping.
 */
export function shiftOffQuietDays(at: number, quietDays: readonly number[] | undefined): number {
  if (!Number.isFinite(at) || !Array.isArray(quietDays) || quietDays.length === 0) return at;
  // A bit per quiet weekday: this runs for thousands of contacts per due list, without allocating.
  let mask = 0;
  for (const day of quietDays) if (Number.isInteger(day) && day >= 0 && day <= 6) mask |= 1 << day;
  if (mask === 0 || mask === 0x7f) return at;
  const d = new Date(at);
  if (!(mask & (1 << d.getDay()))) return at;
  d.setHours(0, 0, 0, 0);
  for (let k = 0; k < 7 && mask & (1 << d.getDay()); k++) d.setDate(d.getDate() + 1);
  return d.getTime();
}

/**
 * `n` calendar days after `at`, at the same local time: "a week after Wednesday's interview" is
 * next Wednesday at the same hour even across a daylight-saving change (24 h × 7 would not be).
 */
export function addLocalDays(at: number, n: number): number {
  if (!Number.isFinite(at) || !Number.isFinite(n)) return at;
  const whole = Math.trunc(n);
  const d = new Date(at);
  d.setDate(d.getDate() + whole);
  return d.getTime() + (n - whole) * DAY;
}

/** Local midnight of the day of `at`. */
export function startOfLocalDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function finiteOr(n: unknown, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fallback;
}
