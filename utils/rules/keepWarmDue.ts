import type { Settings } from '../model/settings';
import type { ContactId } from '../model/types';
import { addLocalDays, DAY, finiteOr, shiftOffQuietDays } from './calendar';
import { cadenceDaysOf } from './cadence';
import { isChosen } from './keptInTouch';

/**
 * Everything a contact's keep-warm date depends on. Each field is a plain value of the contact
 * record, so the due list can keep it in its digest (utils/db/dueDigest/digestBucket.ts) without
 * reading the record, and reach the same date as the rule.
 */
export interface KeepWarmClock {
  id: ContactId;
  /** Their last exchange: the latest of their history and of the record's own clock. */
  last: number;
  /** The record's `createdAt`, `tier` and `cadenceDays`, as stored (unchecked). */
  createdAt?: unknown;
  tier?: unknown;
  cadenceDays?: unknown;
  /**
   * Whether that last exchange is an imported row, when the row is at hand. Without it, the record
   * tells: history older than the record can only have come from an import.
   */
  lastFromImport?: boolean;
}

export interface KeepWarmDue {
  /** When the reminder came due: after the cadence, moved off quiet days. */
  dueAt: number;
  /** The finding's key: one per contact and cycle (a new exchange starts a new one). */
  key: string;
  /** Days between exchanges for this contact (their own, or their tier's). */
  cadence: number;
}

/**
 * The keep-warm reminder of one contact if it is due at `now` (seed 002: regularity beats
 * frequency): the cadence after the last exchange, moved off quiet days. Imported history only
 * raises reminders that came due within the import window, unless the user chose this contact's
 * tier or cadence. The rule (keep-warm.ts) and the due list's index path both decide with this, so
 * they cannot disagree on the same values.
 */
export function keepWarmDue(
  clock: KeepWarmClock,
  settings: Pick<Settings, 'cadenceDays' | 'quietDays' | 'importReminderWindowDays'>,
  now: number,
): KeepWarmDue | undefined {
  const { last } = clock;
  if (!Number.isFinite(last) || last > now) return undefined;
  const cadence = cadenceDaysOf({ tier: clock.tier as never, cadenceDays: clock.cadenceDays as never }, settings);
  // Most contacts of a large network are far from due: no calendar arithmetic for them. n local
  // days are n × 24 hours give or take the change of UTC offset between the two dates, which
  // offsets from −12 to +14 hours bound by 26 (Samoa skipped a day in 2011, months after a
  // daylight-saving change: 25 hours): two days of margin.
  if (last + (cadence - 2) * DAY > now) return undefined;
  const rawDue = addLocalDays(last, cadence);
  const dueAt = shiftOffQuietDays(rawDue, settings.quietDays);
  if (dueAt > now) return undefined;
  const imported = clock.lastFromImport ?? (typeof clock.createdAt === 'number' && last < clock.createdAt);
  const chosen = isChosen(clock.tier) || isChosen(clock.cadenceDays);
  if (imported && !chosen && rawDue < now - finiteOr(settings.importReminderWindowDays, 30) * DAY) return undefined;
  return { dueAt, key: `keep-warm:${clock.id}:${last}`, cadence };
}
