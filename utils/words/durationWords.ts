import type { UiLang } from '../i18n';

const DAY = 86_400_000;
type Unit = 'day' | 'week' | 'month' | 'year';
const formats = new Map<string, Intl.NumberFormat>();
const format = (lang: UiLang, unit: Unit) => {
  const key = `${lang} ${unit}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })));
  return f;
};

/**
 * A length of time as people round it: "5 days", "3 weeks", "8 months", "2 years" / "5 jours",
 * "3 semaines", "8 mois", "2 ans". Under a day is "0 days": callers say "today" themselves.
 */
export function durationWords(ms: number, lang: UiLang): string {
  const days = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / DAY));
  if (days < 14) return format(lang, 'day').format(days);
  if (days < 61) return format(lang, 'week').format(Math.floor(days / 7));
  if (days < 730) return format(lang, 'month').format(Math.floor(days / 30.4));
  return format(lang, 'year').format(Math.floor(days / 365.25));
}
