import type { LeftOutCounts, MessageRecord, PersonRef } from './archive';
import { columnReader, hasColumns } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { personRef, splitProfileUrls } from './people';
import { isLinkedInMemberName, isSponsoredContent } from './text';

function yes(value: string): boolean {
  return /^(yes|true|oui|1)$/i.test(value);
}

/**
 * messages.csv. Before 2020 `Messages.csv` had 7 columns, `From,To,Date,Subject,Content,Direction,
 * Folder`: names only, no conversation id, `Date` like `3/2/18, 9:15 AM` (US order, local time),
 * and DIRECTION saying which messages were the user's. Then 9 columns until mid-2023 (no RECIPIENT PROFILE URLS), 10 after, ATTACHMENTS and
 * the draft flags coming and going in 2024–25, every field quoted since 2026 with real line breaks
 * in CONTENT. Drafts were never sent and SPAM was never wanted: both left out. Senders without a
 * profile (`LinkedIn Member`, sponsored campaigns) are left out too, counted by reason.
 */
export function createMessagesParser(header: readonly string[]): FileParser<MessageRecord> {
  const get = columnReader(header);
  const legacy = !hasColumns(header, ['conversation id']);
  const dates = new DateColumn({ zone: legacy ? 'local' : 'utc', order: 'mdy' });
  const pending: { record: MessageRecord; date: number }[] = [];
  const leftOut: Partial<LeftOutCounts> = { drafts: 0, spam: 0, sponsored: 0, linkedInMember: 0, undated: 0 };
  let rows = 0;
  const count = (reason: keyof LeftOutCounts) => (leftOut[reason] = (leftOut[reason] ?? 0) + 1);
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        if (yes(get(row, 'is message draft')) || yes(get(row, 'is conversation draft'))) {
          count('drafts');
          continue;
        }
        if (get(row, 'folder').toUpperCase() === 'SPAM') {
          count('spam');
          continue;
        }
        const content = get(row, 'content');
        const from = personRef(get(row, 'from'), get(row, 'sender profile url'));
        if (isSponsoredContent(content)) {
          count('sponsored');
          continue;
        }
        if (!from.id && (!from.name || isLinkedInMemberName(from.name))) {
          count('linkedInMember');
          continue;
        }
        const recipients: PersonRef[] = splitProfileUrls(get(row, 'recipient profile urls'))
          .map((u) => personRef('', u))
          .filter((p) => p.id);
        const record: MessageRecord = {
          conversationId: get(row, 'conversation id'),
          conversationTitle: get(row, 'conversation title'),
          from,
          recipients,
          toNames: get(row, 'to'),
          subject: get(row, 'subject'),
          content,
          at: 0,
        };
        const direction = get(row, 'direction').toUpperCase();
        if (direction === 'OUTGOING') record.direction = 'outgoing';
        else if (direction === 'INCOMING') record.direction = 'incoming';
        pending.push({ record, date: dates.add(get(row, 'date')) });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: MessageRecord[] = [];
      for (const { record, date } of pending) {
        const when = at[date];
        if (when === undefined) count('undated');
        else {
          record.at = when;
          records.push(record);
        }
      }
      return { records, rows, leftOut };
    },
  };
}
