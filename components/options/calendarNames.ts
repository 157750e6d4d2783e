import type { UiLang } from '../../utils/i18n';

/** Monday first, as calendars in France (and ISO 8601) show the week. 0 = Sunday, as Settings stores it. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The days of the week in the user's language, capitalised ("Lundi"), Monday first. */
export function weekdays(lang: UiLang): { day: number; name: string }[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-07 was a Sunday: day d of the week is 7 + d January.
  return WEEK_ORDER.map((day) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 7 + day)));
    return { day, name: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) };
  });
}

/** "09:00 AM" / "09:00", in the user's language. */
export function hourLabel(lang: UiLang, hour: number): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, hour)));
}
