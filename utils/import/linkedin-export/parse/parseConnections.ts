import type { ConnectionRecord } from './archive';
import { columnReader } from '../csv/columns';
import { DateColumn } from './dates';
import type { FileParser } from './fileParser';
import { fullName, personRef } from './people';

/**
 * Connections.csv. Three header shapes over the years: no URL column until mid-2023; a `Notes:`
 * preamble before the header since mid-2021 (skipped by the header search, never by line count);
 * `Connected On` as `08 Feb 2026`. Members who hid their profile are rows with a date only: counted,
 * never made contacts.
 */
export function createConnectionsParser(header: readonly string[]): FileParser<ConnectionRecord> {
  const get = columnReader(header);
  const dates = new DateColumn({ zone: 'local', order: 'dmy' });
  const pending: { record: ConnectionRecord; date: number }[] = [];
  let rows = 0;
  let hidden = 0;
  return {
    add(batch) {
      for (const row of batch) {
        rows++;
        const name = fullName(get(row, 'first name'), get(row, 'last name'));
        const url = get(row, 'url') || get(row, 'profile url');
        if (!name && !url) {
          hidden++;
          continue;
        }
        const company = get(row, 'company');
        const title = get(row, 'position');
        const record: ConnectionRecord = { person: personRef(name, url) };
        if (company) record.company = company;
        if (title) record.title = title;
        pending.push({ record, date: dates.add(get(row, 'connected on')) });
      }
    },
    finish() {
      const at = dates.resolve();
      const records: ConnectionRecord[] = [];
      for (const { record, date } of pending) {
        if (at[date] !== undefined) record.connectedAt = at[date];
        records.push(record);
      }
      return { records, rows, leftOut: { hiddenProfiles: hidden } };
    },
  };
}
