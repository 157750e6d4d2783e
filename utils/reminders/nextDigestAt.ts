import type { Settings } from '../model/settings';

const HOUR = 3_600_000;

/**
 * When the next digest notification is due: the next occurrence of the user's digest hour (local
 * time) that is not on a quiet day. Pure: `now` and the time-zone offset function are arguments,
 * so tests can pin both. Returns a time strictly after `now`.
 */
export function nextDigestAt(now: number, settings: Pick<Settings, 'digestHour' | 'quietDays'>, tz: { localDay: (t: number) => number; startOfLocalDay: (t: number) => number } = localTime): number {
  let day = tz.startOfLocalDay(now);
  for (let i = 0; i < 15; i++) {
    const at = tz.startOfLocalDay(day + i * 24 * HOUR + 12 * HOUR) + settings.digestHour * HOUR;
    if (at > now && !settings.quietDays.includes(tz.localDay(at))) return at;
  }
  // Every day quiet (the settings forbid it, but never loop): tomorrow at the digest hour.
  day = tz.startOfLocalDay(now + 24 * HOUR);
  return day + settings.digestHour * HOUR;
}

export const localTime = {
  localDay: (t: number) => new Date(t).getDay(),
  startOfLocalDay: (t: number) => {
    const d = new Date(t);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  },
};

/** A time zone fixed at UTC, for tests and for reasoning. */
export const utcTime = {
  localDay: (t: number) => new Date(t).getUTCDay(),
  startOfLocalDay: (t: number) => Math.floor(t / (24 * HOUR)) * 24 * HOUR,
};
