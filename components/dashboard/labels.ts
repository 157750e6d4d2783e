import type { DueCategory } from '../../utils/engine/dueItems';
import { t, type UiLang } from '../../utils/i18n';
import type { Degree, Tier } from '../../utils/model/types';

export function tierLabel(lang: UiLang, tier: Tier | undefined): string {
  return tier ? t(lang, `dash.tier.${tier}`) : t(lang, 'dash.tier.unset');
}

export function degreeLabel(lang: UiLang, degree: Degree | undefined): string {
  return degree === 1 || degree === 2 || degree === 3 ? t(lang, `dash.degree.${degree}`) : '';
}

export function dueLabel(lang: UiLang, category: DueCategory): string {
  return t(lang, `dash.due.${category}`);
}

/** A date the way the user's language writes it, for the exact time behind a relative one. */
export function fullDate(lang: UiLang, at: number | undefined): string {
  if (typeof at !== 'number' || !Number.isFinite(at)) return '';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  } catch {
    return '';
  }
}

export function shortDate(lang: UiLang, at: number | undefined): string {
  if (typeof at !== 'number' || !Number.isFinite(at)) return '';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
  } catch {
    return '';
  }
}

/** A machine-readable date for <time>, or nothing for a value no date can hold. */
export function isoDate(at: number | undefined): string | undefined {
  if (typeof at !== 'number' || !Number.isFinite(at) || Math.abs(at) > 8.64e15) return undefined;
  return new Date(at).toISOString();
}

/** A label that starts a line, with a capital in the user's language ("message reçu" → "Message reçu"). */
export function capitalised(lang: UiLang, text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}

/** "March 2026" / "mars 2026". */
export function monthName(lang: UiLang, at: number): string {
  if (!Number.isFinite(at)) return '';
  try {
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' }).format(at);
  } catch {
    return '';
  }
}
