import Dexie from 'dexie';
import type { RelaisDB } from '../../db/database';
import type { Settings } from '../../model/settings';
import type { ContactId, Interaction } from '../../model/types';
import { DAY, startOfLocalDay } from '../../rules/calendar';
import type { OutreachStats } from '../../rules/context';
import { computeOutreachStats } from '../../rules/index';
import { SIMILAR_WINDOW_DAYS } from '../../rules/outreach';

/** Living-spam needs the week's sent messages; a week with more than this many rows is cut to the latest. */
const MAX_WEEK_ROWS = 1500;

/** The week's sent messages and who among today's people was written to before: no draft in it. */
export interface Week {
  sent: Interaction[];
  knownBefore: Set<ContactId>;
}

/**
 * Recent outreach across all contacts (living-spam), through the `at` index: a week of rows. Only
 * people first written to today can make today's count, so only they are looked up further back.
 */
export async function loadWeek(db: RelaisDB, now: number): Promise<Week> {
  const recent = await db.interactions
    .where('at')
    .between(now - SIMILAR_WINDOW_DAYS * DAY, now, true, true)
    .reverse()
    .limit(MAX_WEEK_ROWS)
    .toArray();
  const sent = recent.filter((i) => i.kind === 'message-sent' || i.kind === 'invite-sent');
  const earliest = Math.min(...sent.map((i) => i.at), now);
  const dayStart = startOfLocalDay(now);
  const before = new Set(sent.filter((i) => i.at < dayStart).map((i) => i.contactId));
  const today = [...new Set(sent.filter((i) => i.at >= dayStart && !before.has(i.contactId)).map((i) => i.contactId))];
  const older = await Promise.all(today.map((id) => db.interactions.where('[contactId+at]').between([id, Dexie.minKey], [id, earliest], true, false).first()));
  return { sent, knownBefore: new Set(today.filter((_, k) => older[k] !== undefined)) };
}

export function outreachOf(week: Week, text: string, contactId: ContactId, settings: Settings, now: number): OutreachStats {
  return computeOutreachStats({ recent: week.sent, knownBefore: week.knownBefore, draft: { text, contactId }, settings, now });
}
