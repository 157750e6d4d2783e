import { ImportError } from '../errors';
import { LineEnds } from './lineEnds';

export type CsvDelimiter = ',' | ';' | '\t';

/** A re-saved file may use the spreadsheet's list separator (`;` in French locales). */
export const DELIMITERS: CsvDelimiter[] = [',', ';', '\t'];

/** No row of a real export comes near this (a long message is a few KB): beyond, the file is damaged or hostile. */
export const MAX_ROW_CHARS = 1024 * 1024;

const QUOTE = '"';
const NEWLINE = '\n';

function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

export interface CsvRowStreamOptions {
  /** Longest row accepted, in characters; a longer one stops the file with `row-too-large`. */
  maxRowChars?: number;
  /** Named in the error. */
  fileName?: string;
}

/**
 * CSV rows from text that arrives in pieces (inflated ZIP chunks, slices of a file), so that a file
 * of tens of MB is never one string nor one long task. The state of the row being read (its
 * fields so far, the field's parts, whether a quote is open) is kept between pieces, and each
 * piece is scanned once from where the last one stopped: a row spread over many pieces costs its
 * length, not its length times the number of pieces. RFC 4180 quoting (2026 files quote every
 * field and hold line breaks inside CONTENT); a quote inside an unquoted field is a character.
 */
export class CsvRowStream {
  /** Characters the scanner has looked at (a look-ahead that passes a character counts it once): linear in the input. */
  examined = 0;

  private readonly lineEnds = new LineEnds();
  private readonly maxRowChars: number;
  private row: string[] = [];
  private parts: string[] = [];
  private rowChars = 0;
  private atFieldStart = true;
  private inQuotes = false;
  /** A quote ended the last piece inside a quoted field: closing, or the first of `""`. */
  private quoteAtEnd = false;
  private rows: string[][] = [];

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly onRows: (rows: string[][]) => void,
    private readonly options: CsvRowStreamOptions = {},
  ) {
    this.maxRowChars = options.maxRowChars ?? MAX_ROW_CHARS;
  }

  push(piece: string): void {
    if (!piece) return;
    this.scan(this.lineEnds.normalise(piece));
    this.flush();
  }

  end(): void {
    this.scan(this.lineEnds.end());
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.inQuotes = false;
    }
    if (this.row.length || this.parts.length || !this.atFieldStart || this.inQuotes) this.endRow();
    this.inQuotes = false;
    this.flush();
  }

  private scan(text: string): void {
    const length = text.length;
    let i = 0;
    if (this.quoteAtEnd && length) {
      this.quoteAtEnd = false;
      if (text[0] === QUOTE) {
        this.part('"');
        i = 1;
      } else this.inQuotes = false;
    }
    // Next delimiter and newline at or after i, searched again only once passed.
    let nextDelimiter = -1;
    let nextNewline = -1;
    while (i < length) {
      if (this.atFieldStart) {
        this.atFieldStart = false;
        if (text[i] === QUOTE) {
          this.inQuotes = true;
          i++;
          continue;
        }
      }
      if (this.inQuotes) {
        const q = text.indexOf(QUOTE, i);
        this.examined += (q < 0 ? length : q + 1) - i;
        if (q < 0) {
          this.part(text.slice(i));
          return;
        }
        if (q > i) this.part(text.slice(i, q));
        if (q + 1 === length) {
          this.quoteAtEnd = true;
          return;
        }
        if (text[q + 1] === QUOTE) {
          this.part('"');
          i = q + 2;
        } else {
          // Closed: what follows up to the delimiter is read as written.
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      // A position found before a quoted field and passed since is searched again from here.
      if (nextDelimiter < i) {
        const d = text.indexOf(this.delimiter, i);
        nextDelimiter = d < 0 ? Infinity : d;
        this.examined += (d < 0 ? length : d + 1) - i;
      }
      if (nextNewline < i) {
        const n = text.indexOf(NEWLINE, i);
        nextNewline = n < 0 ? Infinity : n;
        this.examined += (n < 0 ? length : n + 1) - i;
      }
      const end = Math.min(nextDelimiter, nextNewline);
      if (end === Infinity) {
        this.part(text.slice(i));
        return;
      }
      if (end > i) this.part(text.slice(i, end));
      if (end === nextNewline) this.endRow();
      else this.endField();
      i = end + 1;
    }
  }

  private part(text: string): void {
    this.rowChars += text.length;
    if (this.rowChars > this.maxRowChars) throw new ImportError('row-too-large', this.options.fileName);
    this.parts.push(text);
  }

  private endField(): void {
    this.row.push(this.parts.length === 1 ? this.parts[0] : this.parts.join(''));
    this.parts = [];
    this.atFieldStart = true;
  }

  private endRow(): void {
    this.endField();
    if (!isBlank(this.row)) this.rows.push(this.row);
    this.row = [];
    this.rowChars = 0;
  }

  private flush(): void {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    this.onRows(rows);
  }
}

/** All rows of a small text at once (the head of a file, tests). */
export function parseRowsSync(text: string, delimiter: CsvDelimiter, complete = true): string[][] {
  const rows: string[][] = [];
  const stream = new CsvRowStream(delimiter, (r) => rows.push(...r));
  stream.push(text.replace(/^\uFEFF/, ''));
  if (complete) stream.end();
  return rows;
}
