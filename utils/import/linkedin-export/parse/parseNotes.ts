import type { NoteRecord } from './archive';
import { columnReader } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { fullName, personRef } from './people';

/** Notes.csv (2026): the user's own notes on contacts. Date shapes unverified: every shape accepted. */
export function createNotesParser(header: readonly string[]): FileParser<NoteRecord> {
  const get = columnReader(header);
  const dates = new DateColumn({ zone: 'utc', order: 'mdy' });
  const pending: { record: NoteRecord; date: number }[] = [];
  let rows = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const note = get(row, 'note');
        const name = fullName(get(row, 'connection first name'), get(row, 'connection last name'));
        const url = get(row, 'connection profile url');
        if (!note || (!name && !url)) continue;
        pending.push({ record: { person: personRef(name, url), note }, date: dates.add(get(row, 'edited on') || get(row, 'created on')) });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: NoteRecord[] = [];
      for (const { record, date } of pending) {
        if (at[date] !== undefined) record.at = at[date];
        records.push(record);
      }
      return { records, rows, leftOut: {} };
    },
  };
}
