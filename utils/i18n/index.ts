import { en, type MessageKey } from './en';
import { fr } from './fr';

export type UiLang = 'en' | 'fr';
export type { MessageKey };

const DICTS: Record<UiLang, Record<MessageKey, string>> = { en, fr };

/** The user's choice in options, else the browser's language, else English. */
export function resolveLang(setting: 'auto' | UiLang | undefined, browserLanguage?: string): UiLang {
  if (setting === 'en' || setting === 'fr') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A UI string with {placeholders} filled as plain text. */
export function t(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = DICTS[lang][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** "3 days ago" / "il y a 3 jours", from a time and now. */
export function relativeTime(lang: UiLang, at: number, now: number): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const diff = at - now;
  const abs = Math.abs(diff);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 864e5],
    ['month', 30 * 864e5],
    ['week', 7 * 864e5],
    ['day', 864e5],
    ['hour', 36e5],
    ['minute', 6e4],
  ];
  for (const [unit, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}
