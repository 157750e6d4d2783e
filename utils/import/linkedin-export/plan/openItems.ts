import type { ParsedArchive } from '../parse/archive';
import { emptyOpenItems, type OpenItemCounts } from '../report/report';

export interface OpenItemDates {
  unanswered: number[];
  pendingInvitations: number[];
  recommendationOutcomes: number[];
  /** Items from this instant on are recent (may become reminders); older ones are only counted. */
  windowStart: number;
}

/**
 * History informs, it does not nag: of the open items an archive holds, only those inside the
 * reminders window (Settings.importReminderWindowDays) are recent; the rule engine decides what to
 * remind. Older ones are counted in the report and never notified.
 */
export function countOpenItems(dates: OpenItemDates): { recent: OpenItemCounts; older: OpenItemCounts } {
  const recent = emptyOpenItems();
  const older = emptyOpenItems();
  for (const key of ['unanswered', 'pendingInvitations', 'recommendationOutcomes'] as const) {
    for (const at of dates[key]) (at >= dates.windowStart ? recent : older)[key]++;
  }
  return { recent, older };
}

/** The dates of the oldest and newest rows of an archive, or undefined when it has none. */
export function archivePeriod(archive: ParsedArchive): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  const see = (at: number | undefined) => {
    if (at === undefined) return;
    if (at < from) from = at;
    if (at > to) to = at;
  };
  for (const c of archive.connections) see(c.connectedAt);
  for (const m of archive.messages) see(m.at);
  for (const i of archive.invitations) see(i.at);
  for (const list of [archive.recommendationsGiven, archive.recommendationsReceived, archive.endorsementsGiven, archive.endorsementsReceived])
    for (const r of list) see(r.at);
  return Number.isFinite(from) ? { from, to } : undefined;
}
