import type { LeftOutCounts } from './archive';

/** What one file parser made of its rows. */
export interface ParseResult<T> {
  records: T[];
  /** Data rows read (header and preamble excluded). */
  rows: number;
  leftOut: Partial<LeftOutCounts>;
}

/**
 * A parser for one export file, fed the rows after the header as they stream in (so that a file
 * of 100,000 rows is read in short tasks), then asked for its records once.
 */
export interface FileParser<T> {
  add(rows: readonly (readonly string[])[]): void;
  finish(): ParseResult<T>;
}
