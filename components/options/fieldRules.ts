import type { MessageKey } from '../../utils/i18n';

/**
 * Bounds of the numeric settings, the same as repairSettings applies to stored settings
 * (utils/settings/repairSettings.ts; a test keeps them in step), so that the form never saves a
 * value that would be silently replaced by its default.
 */
export const SETTING_BOUNDS = {
  cadenceDays: { min: 1, max: 3650 },
  updateDelayDays: { min: 0, max: 365 },
  promiseDelayDays: { min: 0, max: 365 },
  dailyOutreachLimit: { min: 1, max: 1000 },
  importReminderWindowDays: { min: 1, max: 3650 },
  keepInTouchMinExchanges: { min: 0, max: 100 },
} as const;

export type Bounds = { min: number; max: number };

export type FieldCheck = { ok: true; value: number } | { ok: false; error: MessageKey; vars?: Record<string, number> };

/** What the user typed, as a whole number within bounds, or the reason it is not one. */
export function parseWholeNumber(text: string, { min, max }: Bounds): FieldCheck {
  const s = text.trim();
  if (!s) return { ok: false, error: 'options.error.empty' };
  if (!/^\d{1,9}$/.test(s)) return { ok: false, error: 'options.error.notWhole' };
  const value = Number(s);
  if (value < min || value > max) return { ok: false, error: 'options.error.range', vars: { min, max } };
  return { ok: true, value };
}

/** Quiet days as stored (0 = Sunday), sorted; null when every day would be quiet (no digest would ever come). */
export function toggleQuietDay(days: readonly number[], day: number, quiet: boolean): number[] | null {
  const next = new Set(days);
  if (quiet) next.add(day);
  else next.delete(day);
  if (next.size >= 7) return null;
  return [...next].sort((a, b) => a - b);
}
