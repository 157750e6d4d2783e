import type { RecommendationRecord } from './archive';
import { columnReader } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { fullName, personRef } from './people';

/**
 * Recommendations_Given.csv and Recommendations_Received.csv (same header): names only, never a
 * URL. `Creation Date` like `03/14/24, 10:05 AM` (unverified: ISO accepted too).
 */
export function createRecommendationsParser(header: readonly string[]): FileParser<RecommendationRecord> {
  const get = columnReader(header);
  const dates = new DateColumn({ zone: 'local', order: 'mdy' });
  const pending: { record: RecommendationRecord; date: number }[] = [];
  let rows = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const name = fullName(get(row, 'first name'), get(row, 'last name'));
        if (!name) continue;
        const record: RecommendationRecord = { person: personRef(name, get(row, 'profile url')), text: get(row, 'text'), status: get(row, 'status') };
        const company = get(row, 'company');
        const jobTitle = get(row, 'job title');
        if (company) record.company = company;
        if (jobTitle) record.jobTitle = jobTitle;
        pending.push({ record, date: dates.add(get(row, 'creation date')) });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: RecommendationRecord[] = [];
      for (const { record, date } of pending) {
        if (at[date] !== undefined) record.at = at[date];
        records.push(record);
      }
      return { records, rows, leftOut: {} };
    },
  };
}
