import type { ProfileRecord } from './archive';
import { columnReader } from '../csv/columns';
import type { FileParser } from './fileParser';
import { fullName } from './people';

/** Profile.csv: the user's own name, which tells sent messages from received ones. Its URL is not there. */
export function createProfileParser(header: readonly string[]): FileParser<ProfileRecord> {
  const get = columnReader(header);
  const records: ProfileRecord[] = [];
  let rows = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const name = fullName(get(row, 'first name'), get(row, 'last name'));
        if (!name) continue;
        const headline = get(row, 'headline');
        records.push(headline ? { name, headline } : { name });
      }
    },
    finish: () => ({ records, rows, leftOut: {} }),
  };
}
