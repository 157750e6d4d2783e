import type { EndorsementRecord } from './archive';
import { columnReader } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { fullName, personRef } from './people';

/**
 * Endorsement_Given_Info.csv (`Endorsee …` columns) and Endorsement_Received_Info.csv
 * (`Endorser …`). `Public Url` arrived in mid-2023, without scheme (`www.linkedin.com/in/<slug>`).
 * Dates like `2024/02/01 15:02:55 UTC`.
 */
export function createEndorsementsParser(header: readonly string[], role: 'endorsee' | 'endorser'): FileParser<EndorsementRecord> {
  const get = columnReader(header);
  const dates = new DateColumn({ zone: 'utc', order: 'mdy' });
  const pending: { record: EndorsementRecord; date: number }[] = [];
  let rows = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const name = fullName(get(row, `${role} first name`), get(row, `${role} last name`));
        const url = get(row, `${role} public url`);
        if (!name && !url) continue;
        pending.push({
          record: { person: personRef(name, url), skill: get(row, 'skill name'), status: get(row, 'endorsement status') },
          date: dates.add(get(row, 'endorsement date')),
        });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: EndorsementRecord[] = [];
      for (const { record, date } of pending) {
        if (at[date] !== undefined) record.at = at[date];
        records.push(record);
      }
      return { records, rows, leftOut: {} };
    },
  };
}
