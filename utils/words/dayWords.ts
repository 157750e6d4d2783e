import type { UiLang } from '../i18n';

const FORMATS: Record<UiLang, { day: Intl.DateTimeFormat; year: Intl.DateTimeFormat }> = {
  // "12 March" (day before month, as the French say it too), not the American "March 12".
  en: { day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' }), year: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) },
  fr: { day: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long' }), year: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }) },
};

/**
 * A day as people write it in a sentence, in local time: "12 March" / "12 mars", "1er mars" (the
 * French say the first of the month as an ordinal), with the year when it is not the year of `now`.
 */
export function dayWords(at: number, lang: UiLang, now: number): string {
  const d = new Date(at);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  const text = FORMATS[lang][sameYear ? 'day' : 'year'].format(d);
  return lang === 'fr' && d.getDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}
