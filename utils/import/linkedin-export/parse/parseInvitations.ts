import type { InvitationRecord } from './archive';
import { columnReader } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { personRef } from './people';

/**
 * Invitations.csv: `From,To,Sent At,Message,Direction`, plus `inviterProfileUrl,inviteeProfileUrl`
 * (camelCase) since late 2023. `Sent At` is `1/29/26, 2:37 PM`: US order, no zone, so local time.
 */
export function createInvitationsParser(header: readonly string[]): FileParser<InvitationRecord> {
  const get = columnReader(header);
  const dates = new DateColumn({ zone: 'local', order: 'mdy' });
  const pending: { record: InvitationRecord; date: number }[] = [];
  let rows = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const direction = get(row, 'direction').toUpperCase();
        pending.push({
          record: {
            direction: direction === 'OUTGOING' ? 'outgoing' : direction === 'INCOMING' ? 'incoming' : 'unknown',
            from: personRef(get(row, 'from'), get(row, 'inviterprofileurl')),
            to: personRef(get(row, 'to'), get(row, 'inviteeprofileurl')),
            message: get(row, 'message'),
          },
          date: dates.add(get(row, 'sent at')),
        });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: InvitationRecord[] = [];
      for (const { record, date } of pending) {
        if (at[date] !== undefined) record.at = at[date];
        records.push(record);
      }
      return { records, rows, leftOut: {} };
    },
  };
}
