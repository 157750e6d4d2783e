import type { Interaction } from '../../../utils/model/types';

export interface TimelineMonth {
  /** `2026-03`, in the user's time zone. */
  key: string;
  /** The month's first instant, to say its name. */
  start: number;
  /** Its interactions, newest first. */
  items: Interaction[];
}

/**
 * A history cut into calendar months, newest first, so that the page shows one month at a time
 * instead of hundreds of events in one scroll. Interactions without a usable date form a last
 * group of their own (key `undated`).
 */
export function timelineMonths(interactions: readonly Interaction[]): TimelineMonth[] {
  const months = new Map<string, TimelineMonth>();
  const undated: Interaction[] = [];
  for (const i of [...interactions].sort((a, b) => (Number.isFinite(b.at) ? b.at : -Infinity) - (Number.isFinite(a.at) ? a.at : -Infinity))) {
    if (!Number.isFinite(i.at) || Math.abs(i.at) > 8.64e15) {
      undated.push(i);
      continue;
    }
    const d = new Date(i.at);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    let month = months.get(key);
    if (!month) months.set(key, (month = { key, start: new Date(d.getFullYear(), d.getMonth(), 1).getTime(), items: [] }));
    month.items.push(i);
  }
  const out = [...months.values()];
  if (undated.length) out.push({ key: 'undated', start: NaN, items: undated });
  return out;
}
